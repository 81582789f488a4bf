package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.ticket.model.SearchTerms.QueryTerm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void words_are_lower_cased_and_their_accents_and_ligatures_folded() {
        assertThat(SearchTerms.of("Écran GRIS à l'ACCUEIL, cœur façade Straße"))
                .containsExactly("ecran", "gri", "accueil", "coeur", "facade", "strasse");
    }

    @Test
    void anything_not_a_letter_or_digit_splits_words_and_one_letter_words_are_dropped() {
        assertThat(SearchTerms.of("Wi-Fi/VPN: PC n°2 (2e étage) l'imprimante_hp"))
                .containsExactly("wi", "fi", "vpn", "pc", "2e", "etage", "imprimante", "hp");
    }

    @Test
    void french_stopwords_are_not_terms() {
        assertThat(SearchTerms.of("Le poste de la secrétaire et les imprimantes du service pour une salle"))
                .containsExactly("poste", "secretaire", "imprimante", "service", "salle");
    }

    @Test
    void a_final_s_or_x_of_a_word_of_four_letters_or_more_is_dropped_so_that_plural_meets_singular() {
        assertThat(SearchTerms.of("imprimantes imprimante")).containsExactly("imprimante");
        assertThat(SearchTerms.of("bureaux bureau")).containsExactly("bureau");
        assertThat(SearchTerms.of("Écrans écran ecran")).containsExactly("ecran");
        assertThat(SearchTerms.of("gaz bus")).containsExactly("gaz", "bus");
    }

    @Test
    void a_ticket_s_terms_are_distinct_title_first_and_capped() {
        assertThat(SearchTerms.ofTicket("Imprimante bloquée", "L'imprimante du 2e étage est bloquée"))
                .containsExactly("imprimante", "bloquee", "2e", "etage");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            many.append("mot").append(i).append(' ');
        }
        List<String> terms = SearchTerms.ofTicket("Titre", many.toString());
        assertThat(terms).hasSize(SearchTerms.MAX_TICKET_TERMS);
        assertThat(terms.get(0)).isEqualTo("titre");
        assertThat(SearchTerms.ofTicket("Titre", null)).containsExactly("titre");
    }

    @Test
    void a_term_is_cut_to_the_width_of_its_column() {
        String longWord = "a".repeat(100);
        assertThat(SearchTerms.of(longWord)).containsExactly("a".repeat(SearchTerms.MAX_TERM_LENGTH));
    }

    @Test
    void the_last_word_typed_is_a_prefix_when_it_has_four_characters_or_more() {
        assertThat(SearchTerms.ofQuery("imprim")).containsExactly(new QueryTerm("imprim", true));
        assertThat(SearchTerms.ofQuery("Imprimantes")).containsExactly(new QueryTerm("imprimante", true));
        assertThat(SearchTerms.ofQuery("mess")).containsExactly(new QueryTerm("mes", true)); // stemmed, still a prefix
        assertThat(SearchTerms.ofQuery("bus")).containsExactly(new QueryTerm("bus", false));
        assertThat(SearchTerms.ofQuery("écran imp")).containsExactly(new QueryTerm("ecran", false),
                new QueryTerm("imp", false));
        assertThat(SearchTerms.ofQuery("copieur médiathèque")).containsExactly(new QueryTerm("copieur", false),
                new QueryTerm("mediatheque", true));
    }

    @Test
    void a_query_ending_with_a_stopword_has_no_prefix() {
        assertThat(SearchTerms.ofQuery("imprimante de")).containsExactly(new QueryTerm("imprimante", false));
    }

    @Test
    void a_query_of_only_stopwords_or_punctuation_has_no_term() {
        assertThat(SearchTerms.ofQuery("de la")).isEmpty();
        assertThat(SearchTerms.ofQuery("+-*\"()~<>@")).isEmpty();
        assertThat(SearchTerms.ofQuery("   ")).isEmpty();
        assertThat(SearchTerms.ofQuery(null)).isEmpty();
    }

    @Test
    void a_query_keeps_at_most_ten_distinct_terms() {
        assertThat(SearchTerms.ofQuery("un deux trois quatre cinq six sept huit neuf dix onze douze deux"))
                .hasSize(SearchTerms.MAX_QUERY_TERMS)
                .extracting(QueryTerm::term).doesNotHaveDuplicates().doesNotContain("un", "douze");
    }
}
