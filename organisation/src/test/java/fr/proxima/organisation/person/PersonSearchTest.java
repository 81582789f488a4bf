package fr.proxima.organisation.person;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.audit.AuditEntry;
import fr.proxima.organisation.audit.AuditLog;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.site.Site;
import fr.proxima.organisation.site.SiteKind;
import fr.proxima.organisation.site.Sites;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class PersonSearchTest extends DatabaseTest {
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";
    static final AccessScope ADMIN = new AccessScope("admin.test", 1L, Role.ADMIN, null, null);
    static final AccessScope AGENT = new AccessScope("agent.test", 2L, Role.CAN_AGENT, null, null);
    static final AccessScope VIEWER_PESSAC = new AccessScope("viewer.pessac", 3L, Role.COMMUNE_VIEWER, null,
            CommuneCode.of(PESSAC));

    @Inject
    People people;
    @Inject
    Sites sites;
    @Inject
    AuditLog audit;
    @Inject
    Organisation organisation;
    @Inject
    TransactionOperations<Connection> tx;

    Site talenceTownHall;
    Site pessacSchool;
    Person elodie;
    Person jean;
    Person pessacAgent;

    @BeforeAll
    void people_of_two_communes() {
        talenceTownHall = sites.create(ADMIN, new Sites.SiteDraft(TALENCE, "Hôtel de ville de Talence", SiteKind.TOWN_HALL,
                "Rue du Professeur Arnozan", "33400", null, null, null, true));
        pessacSchool = sites.create(ADMIN, new Sites.SiteDraft(PESSAC, "École élémentaire Jules Ferry",
                SiteKind.PRIMARY_SCHOOL, "Avenue Jean Jaurès", "33600", null, null, null, true));
        elodie = people.create(ADMIN, new People.PersonDraft(TALENCE, talenceTownHall.id(), "Élodie", "Dupré",
                "Directrice générale des services", "05 56 84 78 00", "+33 6 12 34 56 78", "elodie.dupre@talence.fr",
                true, true));
        jean = people.create(ADMIN, new People.PersonDraft(TALENCE, null, "Jean", "Dupont", "Agent d'accueil",
                "05.56.84.78.10", null, "jean.dupont@talence.fr", false, true));
        pessacAgent = people.create(ADMIN, new People.PersonDraft(PESSAC, pessacSchool.id(), "Jeanne", "Dupuis",
                "ATSEM", "05 57 93 63 63", null, "jeanne.dupuis@pessac.fr", false, true));
        // enough rows that the optimiser's choice means something
        List<People.PersonDraft> many = new ArrayList<>();
        String[] last = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Moreau", "Laurent", "Simon"};
        String[] first = {"Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Philippe", "Michel", "Alain", "Patrick", "Nicolas"};
        for (int i = 0; i < 4000; i++) {
            String commune = i % 2 == 0 ? TALENCE : PESSAC;
            String f = first[i % 10];
            String l = last[(i / 10) % 10] + (i / 100);
            many.add(new People.PersonDraft(commune, null, f, l, "Agent", String.format("05 57 %02d %02d %02d", i / 10000, (i / 100) % 100, i % 100),
                    null, f.toLowerCase() + "." + l.toLowerCase() + "@" + (i % 2 == 0 ? "talence" : "pessac") + ".fr",
                    false, true));
        }
        people.importAll(ADMIN, "test", many);
    }

    private List<Long> ids(Paged<Person> page) {
        return page.items().stream().map(Person::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dupré", "DUPRE", "Dupre élo", "élodie", "ELODIE DUP", "elodie.dup", "elodie.dupre@talence"})
    void the_caller_search_finds_a_person_by_name_in_either_order_or_email_prefix_ignoring_accents_and_case(String q) {
        assertThat(ids(people.search(AGENT, q, null, null, 0, 20))).contains(elodie.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"05 56 84 78 00", "0556847800", "05.56.84", "+33 5 56 84 78", "+33556847800",
            "0033 5 56 84", "06 12 34", "+33 6 12 34 56 78"})
    void the_caller_search_finds_a_person_by_phone_or_mobile_prefix_whatever_the_formatting(String q) {
        assertThat(ids(people.search(AGENT, q, null, null, 0, 20))).contains(elodie.id());
    }

    @Test
    void a_name_prefix_matches_at_word_start_of_the_full_name_only() {
        assertThat(ids(people.search(AGENT, "dup", null, null, 0, 20)))
                .containsExactlyInAnyOrder(pessacAgent.id(), jean.id(), elodie.id());
        assertThat(ids(people.search(AGENT, "upr", null, null, 0, 20))).isEmpty();
    }

    @Test
    void results_are_ordered_by_last_name_then_first_name() {
        List<String> names = people.search(AGENT, "dup", null, null, 0, 20).items().stream()
                .map(Person::searchKey).toList();
        assertThat(names).containsExactly("dupont jean", "dupre elodie", "dupuis jeanne");
    }

    @Test
    void the_search_is_paged_without_gaps_or_repeats() {
        Paged<Person> first = people.search(AGENT, "martin", null, null, 0, 30);
        Paged<Person> second = people.search(AGENT, "martin", null, null, 1, 30);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items()).hasSize(30);
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        assertThat(first.items().get(29).searchKey()).isLessThanOrEqualTo(second.items().get(0).searchKey());
    }

    @Test
    void commune_and_site_narrow_the_search() {
        assertThat(ids(people.search(AGENT, "dup", PESSAC, null, 0, 20))).containsExactly(pessacAgent.id());
        assertThat(ids(people.search(AGENT, null, null, talenceTownHall.id(), 0, 20))).containsExactly(elodie.id());
    }

    @Test
    void a_commune_viewer_finds_only_its_communes_people_and_gets_nothing_for_another_communes() {
        assertThat(people.find(VIEWER_PESSAC, elodie.id())).isEmpty();
        assertThat(people.find(VIEWER_PESSAC, pessacAgent.id())).isPresent();
        assertThatThrownBy(() -> people.require(VIEWER_PESSAC, elodie.id()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo(OrgProblems.PERSON_NOT_FOUND);
                });
        assertThat(ids(people.search(VIEWER_PESSAC, "dup", null, null, 0, 20))).containsExactly(pessacAgent.id());
        assertThat(ids(people.search(VIEWER_PESSAC, "05 56 84", null, null, 0, 20))).isEmpty();
        assertThat(ids(people.search(VIEWER_PESSAC, "elodie.dupre@", null, null, 0, 20))).isEmpty();
        assertThat(ids(people.search(VIEWER_PESSAC, "dup", TALENCE, null, 0, 20))).isEmpty();
        assertThat(people.search(VIEWER_PESSAC, null, null, null, 0, 200).items())
                .isNotEmpty().allSatisfy(p -> assertThat(p.communeCode()).isEqualTo(PESSAC));
        assertThat(people.search(VIEWER_PESSAC, "martin", null, null, 0, 200).items())
                .isNotEmpty().allSatisfy(p -> assertThat(p.communeCode()).isEqualTo(PESSAC));
        assertThat(organisation.person(VIEWER_PESSAC, elodie.id())).isEmpty();
        assertThat(organisation.person(elodie.id())).get().extracting(Organisation.PersonInfo::vip).isEqualTo(true);
    }

    @Test
    void a_commune_viewer_sees_only_its_communes_sites() {
        assertThat(sites.find(VIEWER_PESSAC, talenceTownHall.id())).isEmpty();
        assertThat(sites.find(VIEWER_PESSAC, pessacSchool.id())).isPresent();
        assertThat(sites.search(VIEWER_PESSAC, null, null, 0, 50).items()).extracting(Site::communeCode)
                .containsOnly(PESSAC);
        assertThat(sites.search(VIEWER_PESSAC, TALENCE, null, 0, 50).items()).isEmpty();
        assertThat(sites.search(AGENT, null, "hotel de VILLE", 0, 50).items()).extracting(Site::id)
                .containsExactly(talenceTownHall.id());
        assertThat(organisation.site(VIEWER_PESSAC, talenceTownHall.id())).isEmpty();
    }

    @Test
    void a_person_site_must_belong_to_the_persons_commune() {
        assertThatThrownBy(() -> people.create(ADMIN, new People.PersonDraft(PESSAC, talenceTownHall.id(), "Paul",
                "Erreur", null, null, null, "pas-un-email", false, true)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::field).containsExactlyInAnyOrder("site", "email"));
        assertThatThrownBy(() -> people.create(AGENT, new People.PersonDraft(PESSAC, null, "Paul", "Agent", null,
                null, null, null, false, true)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void an_update_recomputes_the_search_keys_is_audited_and_a_stale_version_is_a_conflict() {
        Person p = people.create(ADMIN, new People.PersonDraft(PESSAC, null, "Anaïs", "Lefèvre", null, "05 57 00 00 01",
                null, null, false, true));
        Person changed = people.update(ADMIN, p.id(), p.version(), new People.PersonDraft(PESSAC, pessacSchool.id(),
                "Anaïs", "Lefèvre-Roux", "Directrice", "05 57 00 00 02", null, null, true, true));
        assertThat(changed.searchKey()).isEqualTo("lefevre roux anais");
        assertThat(changed.phoneDigits()).isEqualTo("0557000002");
        assertThat(ids(people.search(AGENT, "lefevre r", null, null, 0, 5))).containsExactly(p.id());
        assertThatThrownBy(() -> people.update(ADMIN, p.id(), p.version(), new People.PersonDraft(PESSAC, null, "A",
                "B", null, null, null, null, false, true)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(OrgProblems.STALE_VERSION));
        List<AuditEntry> trail = audit.page(ADMIN, "PERSON", String.valueOf(p.id()), 0, 10).items();
        assertThat(trail).extracting(AuditEntry::action).containsExactly("UPDATE", "CREATE");
        assertThat(trail.get(0).details()).contains("lastName").contains("Lefèvre-Roux").contains("vip");
        assertThat(audit.page(ADMIN, "PERSON", "test", 0, 10).items()).extracting(AuditEntry::action)
                .containsExactly("IMPORT");
    }

    @Test
    void the_caller_search_reads_index_ranges_only_never_the_whole_table() {
        assertIndexOnly(PersonRepository.BY_NAME, Map.of(":name", "'dupont j%'", ":email", "'dupont j%'"),
                "ix_org_person_search", "ix_org_person_search_first", "ix_org_person_email");
        assertIndexOnly(PersonRepository.BY_PHONE, Map.of(":digits", "'055684%'"),
                "ix_org_person_phone", "ix_org_person_mobile");
        assertIndexOnly(PersonRepository.BY_EMAIL, Map.of(":email", "'jean.dup%'"), "ix_org_person_email");
    }

    @Test
    void the_plan_check_itself_catches_a_full_scan() {
        List<String[]> plan = plan("SELECT p.* FROM org_person p WHERE p.email LIKE '%dupont%' ORDER BY p.search_key LIMIT 21");
        assertThat(plan).anySatisfy(row -> assertThat(row[1]).isIn("ALL", "index"));
    }

    private void assertIndexOnly(String sql, Map<String, String> values, String... expectedKeys) {
        for (String scope : new String[]{"NULL", "'" + PESSAC + "'"}) {
            String explained = sql.replace(":scope", scope).replace(":commune", "NULL").replace(":site", "NULL")
                    .replace(":limit", "21").replace(":offset", "0");
            for (Map.Entry<String, String> v : values.entrySet()) {
                explained = explained.replace(v.getKey(), v.getValue());
            }
            List<String[]> plan = plan(explained);
            assertThat(plan).as(explained).isNotEmpty();
            for (String[] row : plan) {
                boolean derived = row[0] == null || row[0].startsWith("<");
                if (!derived) {
                    assertThat(row[1]).as("access to %s in %s", row[0], explained)
                            .isIn("range", "ref", "eq_ref", "const", "index_merge");
                }
            }
            assertThat(plan.stream().map(r -> r[2]).filter(k -> k != null).toList()).as(explained)
                    .contains(expectedKeys);
        }
    }

    /** EXPLAIN's rows as [table, access type, key]. */
    private List<String[]> plan(String sql) {
        return tx.executeRead(status -> {
            List<String[]> rows = new ArrayList<>();
            try (Statement st = status.getConnection().createStatement();
                 ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    rows.add(new String[]{rs.getString("table"), rs.getString("type"), rs.getString("key")});
                }
            }
            return rows;
        });
    }
}
