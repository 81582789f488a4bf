package fr.proxima.organisation.person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonKeysTest {

    @Test
    void name_keys_are_lower_case_accent_free_in_both_orders() {
        PersonKeys k = PersonKeys.of("Élodie", "Dupré-Œillet", null, null);
        assertThat(k.searchKey()).isEqualTo("dupre oeillet elodie");
        assertThat(k.searchKeyFirst()).isEqualTo("elodie dupre oeillet");
    }

    @Test
    void apostrophes_and_double_spaces_become_one_space() {
        assertThat(PersonKeys.of("Jean  Marc", "D'Artagnan", null, null).searchKey()).isEqualTo("d artagnan jean marc");
    }

    @Test
    void phone_numbers_keep_their_digits_in_national_form_whatever_the_formatting() {
        assertThat(PersonKeys.phoneDigits("05 56 12 34 56")).isEqualTo("0556123456");
        assertThat(PersonKeys.phoneDigits("05.56.12.34.56")).isEqualTo("0556123456");
        assertThat(PersonKeys.phoneDigits("+33 5 56 12 34 56")).isEqualTo("0556123456");
        assertThat(PersonKeys.phoneDigits("+33 (0)5 56 12 34 56")).isEqualTo("0556123456");
        assertThat(PersonKeys.phoneDigits("0033 556 123 456")).isEqualTo("0556123456");
        assertThat(PersonKeys.phoneDigits("+44 20 7946 0958")).isEqualTo("442079460958");
        assertThat(PersonKeys.phoneDigits("poste")).isNull();
        assertThat(PersonKeys.phoneDigits(null)).isNull();
    }

    @Test
    void a_typed_phone_prefix_is_read_as_a_national_number_prefix() {
        assertThat(PersonQuery.parse("+33 5 56").kind()).isEqualTo(PersonQuery.Kind.PHONE);
        assertThat(PersonQuery.parse("+33 5 56").digitsPattern()).isEqualTo("0556%");
        assertThat(PersonQuery.parse("05.56.1").digitsPattern()).isEqualTo("05561%");
        assertThat(PersonQuery.parse("jean.dup").kind()).isEqualTo(PersonQuery.Kind.NAME);
        assertThat(PersonQuery.parse("jean.dup").emailPattern()).isEqualTo("jean.dup%");
        assertThat(PersonQuery.parse("jean.dup").namePattern()).isEqualTo("jean dup%");
        assertThat(PersonQuery.parse("j_d@x").emailPattern()).isEqualTo("j\\_d@x%");
        assertThat(PersonQuery.parse("  ").kind()).isEqualTo(PersonQuery.Kind.ALL);
        assertThat(PersonQuery.parse("%%").kind()).isEqualTo(PersonQuery.Kind.NOTHING);
    }
}
