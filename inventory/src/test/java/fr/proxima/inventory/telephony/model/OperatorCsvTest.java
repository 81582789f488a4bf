package fr.proxima.inventory.telephony.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperatorCsvTest {

    private static List<List<String>> rows(String... lines) {
        return java.util.Arrays.stream(lines).map(l -> List.of(l.split(";", -1))).toList();
    }

    @Test
    void french_headers_in_any_case_decimal_comma_and_spaced_thousands_are_read() {
        var parsed = OperatorCsv.read(rows("N° de ligne;Libellé;Montant TTC (€);Période",
                "06 12 34 56 78;Forfait Pro 20 Go;1 234,56;10/2026",
                "+33 7 11 22 33 44;Forfait Pro 5 Go;-3,20;2026-10"));
        assertThat(parsed.period()).isEqualTo("2026-10");
        assertThat(parsed.rows()).extracting(OperatorCsv.Row::lineNumber).containsExactly("0612345678", "0711223344");
        assertThat(parsed.rows()).extracting(OperatorCsv.Row::amount)
                .containsExactly(new BigDecimal("1234.56"), new BigDecimal("-3.20"));
        assertThat(parsed.rows().get(0).label()).isEqualTo("Forfait Pro 20 Go");
        assertThat(parsed.rows().get(0).csvLine()).isEqualTo(2);
        assertThat(parsed.rejected()).isEmpty();
    }

    @Test
    void unreadable_rows_and_rows_of_another_month_are_rejected_with_their_line_number() {
        var parsed = OperatorCsv.read(rows("Numéro de ligne;Montant;Mois",
                "0612345678;12,50;octobre 2026",
                "pas un numéro;1,00;octobre 2026",
                "0612345679;douze;octobre 2026",
                "0612345670;3,00;novembre 2026",
                "0612345671;4,00;13/2026",
                ";;"));
        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.rejected()).extracting(OperatorCsv.Rejected::csvLine).containsExactly(3, 4, 5, 6);
        assertThat(parsed.rejected()).extracting(OperatorCsv.Rejected::reason)
                .containsExactly("line-number", "amount", "other-period", "period");
    }

    @Test
    void a_file_without_the_expected_columns_or_without_any_valid_row_is_refused_whole() {
        assertThatThrownBy(() -> OperatorCsv.read(rows("Ligne;Prix", "0612345678;1,00")))
                .isInstanceOfSatisfying(OperatorCsv.FileError.class, e -> assertThat(e.reason()).isEqualTo("columns"));
        assertThatThrownBy(() -> OperatorCsv.read(rows("Ligne;Montant;Période", "x;y;z")))
                .isInstanceOfSatisfying(OperatorCsv.FileError.class, e -> assertThat(e.reason()).isEqualTo("no-row"));
    }

    @Test
    void phone_numbers_are_reduced_to_ten_french_digits() {
        assertThat(PhoneNumbers.digits("06.12.34.56.78")).isEqualTo("0612345678");
        assertThat(PhoneNumbers.digits("0033 6 12 34 56 78")).isEqualTo("0612345678");
        assertThat(PhoneNumbers.digits("33612345678")).isEqualTo("0612345678");
        assertThat(PhoneNumbers.digits("612345678")).isEqualTo("0612345678");
        assertThat(PhoneNumbers.digits("12345")).isNull();
        assertThat(OperatorCsv.period("202610")).isEqualTo("2026-10");
        assertThat(OperatorCsv.period("01/10/2026")).isEqualTo("2026-10");
        assertThat(OperatorCsv.period("Février 2027")).isEqualTo("2027-02");
    }
}
