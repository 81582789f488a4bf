package fr.proxima.itsm.ticket.infrastructure;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;
import fr.proxima.itsm.ticket.application.TicketCommands;
import fr.proxima.itsm.ticket.application.TicketEdit;
import fr.proxima.itsm.ticket.application.TicketTermBackfillJob;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Role;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text search through the term index ({@code itsm_ticket_term}), against MariaDB: folding, plural, prefixes,
 * several words, the other filters and the scope with {@code q}, the index kept in step with edits, the capped
 * count, the backfill of tickets written without terms, and the plan of the page query.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketTextSearchIT extends DatabaseTest {
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";
    static final String BORDEAUX = "33063";
    static final AccessScope AGENT = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);
    static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    static final AccessScope VIEWER_PESSAC = new AccessScope("viewer.pessac", 6L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of(PESSAC));
    static final AccessScope VIEWER_TALENCE = new AccessScope("viewer.talence", 5L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of(TALENCE));

    @Inject
    TicketCommands commands;
    @Inject
    TicketReader reader;
    @Inject
    TicketTermBackfillJob backfill;
    @Inject
    Sql sql;

    Ticket printerTalence;
    Ticket screenPessac;
    Ticket renewalTalence;
    Ticket mailBordeaux;

    @BeforeAll
    void tickets() {
        printerTalence = open(TicketType.INCIDENT, "Imprimante en panne",
                "L'imprimante du service finances affiche une erreur", TALENCE, "IMPRESSION_PANNE");
        screenPessac = open(TicketType.INCIDENT, "Écran noir au démarrage", "L'écran du poste de l'accueil reste noir",
                PESSAC, "MATERIEL_POSTE");
        renewalTalence = open(TicketType.REQUEST, "Imprimantes et écrans à remplacer",
                "Renouvellement du matériel de la salle informatique", TALENCE, "MATERIEL_POSTE");
        mailBordeaux = open(TicketType.INCIDENT, "Messagerie lente", null, BORDEAUX, "RESEAU_WIFI");
    }

    private Ticket open(TicketType type, String title, String description, String commune, String category) {
        return commands.open(new OpenTicket(type, title, description, commune, null, null, category, "MEDIUM",
                "MEDIUM", null), AGENT);
    }

    static TicketCriteria.Builder q(String q) {
        return new TicketCriteria.Builder().q(q);
    }

    List<String> numbers(TicketCriteria c, AccessScope scope) {
        return reader.search(c, TicketSort.NEWEST_FIRST, 0, 200, scope).items().stream().map(Ticket::number)
                .toList();
    }

    List<String> numbers(String q, AccessScope scope) {
        return numbers(q(q).build(), scope);
    }

    @Test
    @Order(1)
    void plural_and_singular_meet_and_accents_do_not_matter() {
        assertThat(numbers("imprimante", AGENT)).containsExactly(renewalTalence.number(), printerTalence.number());
        assertThat(numbers("Imprimantes", AGENT)).containsExactly(renewalTalence.number(), printerTalence.number());
        assertThat(numbers("ecran", AGENT)).containsExactly(renewalTalence.number(), screenPessac.number());
        assertThat(numbers("ÉCRANS", AGENT)).containsExactly(renewalTalence.number(), screenPessac.number());
        assertThat(numbers("materiel", AGENT)).containsExactly(renewalTalence.number());
    }

    @Test
    @Order(1)
    void the_last_word_is_a_prefix_while_the_user_types_it_when_it_has_four_letters_or_more() {
        assertThat(numbers("impri", AGENT)).containsExactly(renewalTalence.number(), printerTalence.number());
        assertThat(numbers("mess", AGENT)).containsExactly(mailBordeaux.number());
        assertThat(numbers("ecr", AGENT)).isEmpty(); // three letters: exact, and no ticket has the word "ecr"
        assertThat(numbers("noir ecr", AGENT)).isEmpty();
        assertThat(numbers("noir ecra", AGENT)).containsExactly(screenPessac.number());
    }

    @Test
    @Order(1)
    void several_words_must_all_be_present() {
        assertThat(numbers("écran noir", AGENT)).containsExactly(screenPessac.number());
        assertThat(numbers("noir écran", AGENT)).containsExactly(screenPessac.number());
        assertThat(numbers("imprimante finances", AGENT)).containsExactly(printerTalence.number());
        assertThat(numbers("imprimante noir", AGENT)).isEmpty();
        assertThat(numbers("salle informatique écrans", AGENT)).containsExactly(renewalTalence.number());
    }

    @Test
    @Order(1)
    void stopwords_alone_filter_nothing_and_words_found_nowhere_find_nothing() {
        assertThat(reader.search(q("de la").build(), TicketSort.NEWEST_FIRST, 0, 10, AGENT).totalItems())
                .isEqualTo(4);
        assertThat(numbers("introuvable", AGENT)).isEmpty();
        assertThat(numbers("écran introuvable", AGENT)).isEmpty();
    }

    @Test
    @Order(1)
    void commune_status_and_type_filters_apply_with_the_text() {
        assertThat(numbers(q("imprimante").commune(TALENCE).build(), AGENT))
                .containsExactly(renewalTalence.number(), printerTalence.number());
        assertThat(numbers(q("imprimante").commune(PESSAC).build(), AGENT)).isEmpty();
        assertThat(numbers(q("ecran").commune(PESSAC).build(), AGENT)).containsExactly(screenPessac.number());
        assertThat(numbers(q("imprimante").type(TicketType.REQUEST).build(), AGENT))
                .containsExactly(renewalTalence.number());
        assertThat(numbers(q("imprimante").statuses(EnumSet.of(TicketStatus.IN_PROGRESS)).build(), AGENT))
                .isEmpty();
    }

    @Test
    @Order(2)
    void a_status_filter_with_the_text_follows_the_ticket_s_state() {
        Ticket taken = commands.take(printerTalence.id(), printerTalence.version(), ADMIN);
        assertThat(numbers(q("imprimante").statuses(EnumSet.of(TicketStatus.IN_PROGRESS)).build(), AGENT))
                .containsExactly(printerTalence.number());
        assertThat(numbers(q("imprimante").statuses(EnumSet.of(TicketStatus.NEW)).build(), AGENT))
                .containsExactly(renewalTalence.number());
        printerTalence = taken;
    }

    @Test
    @Order(1)
    void a_commune_viewer_s_text_search_never_returns_another_commune_s_ticket() {
        assertThat(numbers("imprimante", VIEWER_PESSAC)).isEmpty();
        assertThat(reader.search(q("imprimante").build(), TicketSort.NEWEST_FIRST, 0, 10, VIEWER_PESSAC)
                .totalItems()).isZero();
        assertThat(numbers("ecran", VIEWER_PESSAC)).containsExactly(screenPessac.number());
        assertThat(numbers(q("ecran").commune(TALENCE).build(), VIEWER_PESSAC)).isEmpty();
        assertThat(numbers("ecran", VIEWER_TALENCE)).containsExactly(renewalTalence.number());
        assertThat(numbers(renewalTalence.number(), VIEWER_PESSAC)).isEmpty();
        List<String> exported = new ArrayList<>();
        reader.forEach(q("ecran").build(), TicketSort.NEWEST_FIRST, 100, VIEWER_PESSAC, t -> exported.add(t.number()));
        assertThat(exported).containsExactly(screenPessac.number());
    }

    @Test
    @Order(1)
    void a_ticket_number_is_an_exact_match() {
        assertThat(numbers(" " + screenPessac.number().toLowerCase() + " ", AGENT))
                .containsExactly(screenPessac.number());
    }

    @Test
    @Order(3)
    void editing_the_title_or_the_description_updates_the_terms() {
        Ticket edited = commands.edit(mailBordeaux.id(), mailBordeaux.version(),
                new TicketEdit("Messagerie bloquée", "Boîte pleine depuis lundi", null, null, null, null, null),
                AGENT);
        assertThat(numbers("bloquee", AGENT)).containsExactly(mailBordeaux.number());
        assertThat(numbers("boite pleine", AGENT)).containsExactly(mailBordeaux.number());
        assertThat(numbers("lente", AGENT)).isEmpty();
        edited = commands.edit(edited.id(), edited.version(),
                new TicketEdit(null, "Quota dépassé", null, null, null, null, null), AGENT);
        assertThat(numbers("pleine", AGENT)).isEmpty();
        assertThat(numbers("quota", AGENT)).containsExactly(mailBordeaux.number());
        assertThat(numbers("messagerie", AGENT)).containsExactly(mailBordeaux.number());
        assertThat(sql.terms(mailBordeaux.id())).containsExactlyInAnyOrder("messagerie", "bloquee", "quota",
                "depasse");
        mailBordeaux = edited;
    }

    @Test
    @Order(4)
    void tickets_written_without_terms_are_indexed_by_the_backfill_and_the_count_is_capped() {
        sql.insertTicketsWithoutTerms(1_005); // titles "Poste massif n"
        assertThat(numbers("massif", AGENT)).isEmpty();
        sql.requestReindex();
        assertThat(backfill.run()).isEqualTo(1_009);
        assertThat(backfill.run()).isZero(); // the pass is over: nothing requested any more
        assertThat(numbers("ecran", AGENT)).containsExactly(renewalTalence.number(), screenPessac.number());

        // a prefix covering several terms (imprimante, impression): a union, each ticket once
        Ticket both = open(TicketType.INCIDENT, "Impression impossible", "Imprimante hors ligne", PESSAC,
                "IMPRESSION_PANNE");
        TicketPage<Ticket> impr = reader.search(q("impr").commune(PESSAC).build(), TicketSort.NEWEST_FIRST, 0, 25,
                AGENT);
        assertThat(impr.items()).extracting(Ticket::number).containsExactly(both.number());
        assertThat(impr.totalItems()).isEqualTo(1);
        assertThat(numbers(q("impr").commune(TALENCE).build(), AGENT))
                .containsExactly(renewalTalence.number(), printerTalence.number());
        TicketPage<Ticket> imprAll = reader.search(q("impr").build(), TicketSort.NEWEST_FIRST, 0, 3, AGENT);
        assertThat(imprAll.items()).extracting(Ticket::number)
                .containsExactly(both.number(), renewalTalence.number(), printerTalence.number());
        assertThat(imprAll.totalIsLowerBound()).isTrue(); // 3 + 1,005 "impression"
        assertThat(reader.search(q("impr").build(), TicketSort.NEWEST_FIRST, 335, 3, AGENT).items())
                .extracting(Ticket::title).containsExactly("Poste massif 3", "Poste massif 2", "Poste massif 1");

        TicketPage<Ticket> first = reader.search(q("massif").build(), TicketSort.NEWEST_FIRST, 0, 25, AGENT);
        assertThat(first.items()).hasSize(25);
        assertThat(first.items().get(0).title()).isEqualTo("Poste massif 1005"); // newest first
        assertThat(first.totalItems()).isEqualTo(TicketReader.COUNT_CAP);
        assertThat(first.totalIsLowerBound()).isTrue();
        // beyond the cap, the count reaches the page asked for, and becomes exact when it ends there
        TicketPage<Ticket> last = reader.search(q("massif").build(), TicketSort.NEWEST_FIRST, 40, 25, AGENT);
        assertThat(last.items()).hasSize(5);
        assertThat(last.items().get(4).title()).isEqualTo("Poste massif 1");
        assertThat(last.totalItems()).isEqualTo(1_005);
        assertThat(last.totalIsLowerBound()).isFalse();
        // a count under the cap is exact; a list without text is counted exactly
        TicketPage<Ticket> few = reader.search(q("massif").commune(TALENCE).build(), TicketSort.NEWEST_FIRST, 0,
                25, AGENT);
        assertThat(few.totalItems()).isZero();
        assertThat(few.totalIsLowerBound()).isFalse();
        TicketPage<Ticket> all = reader.search(TicketCriteria.none(), TicketSort.NEWEST_FIRST, 0, 25, AGENT);
        assertThat(all.totalItems()).isEqualTo(1_010);
        assertThat(all.totalIsLowerBound()).isFalse();
        // the text search is sorted by creation time whatever was asked; oldest first when asked
        TicketPage<Ticket> byPriority = reader.search(q("massif").build(), TicketSort.parse("priority"), 0, 1,
                AGENT);
        assertThat(byPriority.sort()).isEqualTo(TicketSort.NEWEST_FIRST);
        assertThat(reader.search(q("massif").build(), TicketSort.parse("createdAt,asc"), 0, 1, AGENT).items()
                .get(0).title()).isEqualTo("Poste massif 1");
    }

    @Test
    @Order(5)
    void the_page_of_a_one_word_search_reads_the_term_index_in_order_without_a_filesort() {
        sql.analyze(); // the plans of a table whose statistics are current (as after the backfill, which analyzes)
        Map<String, String> all = sql.explainFirstRow(q("massif").build(), null);
        assertThat(all.get("table")).isEqualTo("k");
        assertThat(all.get("key")).isEqualTo("PRIMARY");
        assertThat(all.get("Extra")).as(all.toString()).doesNotContain("filesort").doesNotContain("temporary");
        Map<String, String> commune = sql.explainFirstRow(q("massif").build(), PESSAC);
        assertThat(commune.get("table")).isEqualTo("k");
        assertThat(commune.get("key")).isEqualTo("ix_itsm_term_commune");
        assertThat(commune.get("Extra")).doesNotContain("filesort").doesNotContain("temporary");
        Map<String, String> twoWords = sql.explainFirstRow(q("massif poste").build(), null);
        assertThat(twoWords.get("key")).isEqualTo("PRIMARY");
        assertThat(twoWords.get("Extra")).doesNotContain("filesort");
        // a prefix that could not be narrowed (more than 16 terms) reads its range and sorts it (documented)
        Map<String, String> prefix = sql.explain(TicketSearchSql.of(q("impr").build(), null));
        assertThat(prefix.get("key")).isEqualTo("PRIMARY");
        assertThat(prefix.get("type")).isEqualTo("range");
        assertThat(prefix.get("Extra")).contains("filesort");
    }

    /** Direct SQL for the fixtures and the plans (reads plans, writes tickets as an import would). */
    @jakarta.inject.Singleton
    @Connectable
    static class Sql {
        private final JdbcOperations jdbc;
        private final TicketReader reader;

        Sql(JdbcOperations jdbc, TicketReader reader) {
            this.jdbc = jdbc;
            this.reader = reader;
        }

        List<String> terms(long ticketId) {
            return jdbc.prepareStatement("SELECT term FROM itsm_ticket_term WHERE ticket_id = ?", ps -> {
                ps.setLong(1, ticketId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
        }

        void insertTicketsWithoutTerms(int n) {
            jdbc.prepareStatement("""
                    INSERT INTO itsm_ticket (number, type, title, description, commune_code, centre_code,
                        assigned_team, impact, urgency, priority, status, created_by, created_at, updated_at)
                    SELECT CONCAT('DEM-2020-', LPAD(seq, 6, '0')), 'REQUEST', CONCAT('Poste massif ', seq),
                        'Import, impression', '33063', 'BORDEAUX_METROPOLE', 'BORDEAUX_METROPOLE', 'LOW', 'LOW', 'P4', 'CLOSED',
                        'import', TIMESTAMPADD(SECOND, seq, '2020-01-01 00:00:00'),
                        TIMESTAMPADD(SECOND, seq, '2020-01-01 00:00:00')
                      FROM seq_1_to_""" + n, ps -> ps.executeUpdate());
        }

        void analyze() {
            jdbc.prepareStatement("ANALYZE TABLE itsm_ticket_term, itsm_ticket", ps -> {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // drain
                    }
                }
                return null;
            });
        }

        void requestReindex() {
            jdbc.prepareStatement("REPLACE INTO itsm_ticket_term_reindex (id, after_id, requested_at)"
                    + " VALUES (1, 0, CURRENT_TIMESTAMP(6))", ps -> ps.executeUpdate());
        }

        Map<String, String> explainFirstRow(TicketCriteria c, String scopeCommune) {
            return explain(reader.sql(c, scopeCommune == null ? AGENT : new AccessScope("viewer", 9L,
                    Role.COMMUNE_VIEWER, null, CommuneCode.of(scopeCommune))));
        }

        Map<String, String> explain(TicketSearchSql s) {
            return jdbc.prepareStatement("EXPLAIN SELECT t.*" + s.from + s.where + " ORDER BY "
                    + s.orderBy(TicketSort.NEWEST_FIRST) + " LIMIT 25", ps -> {
                s.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        String v = rs.getString(i);
                        row.put(rs.getMetaData().getColumnLabel(i), v == null ? "" : v);
                    }
                    return row;
                }
            });
        }
    }
}
