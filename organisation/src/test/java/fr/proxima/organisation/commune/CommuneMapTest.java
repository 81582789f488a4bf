package fr.proxima.organisation.commune;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import fr.proxima.organisation.audit.AuditEntry;
import fr.proxima.organisation.audit.AuditLog;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class CommuneMapTest extends DatabaseTest {
    static final AccessScope ADMIN = new AccessScope("admin.test", 1L, Role.ADMIN, null, null);
    static final AccessScope MANAGER = new AccessScope("resp.test", 2L, Role.CENTRE_MANAGER, TeamCode.of("SUD"), null);

    @Inject
    Communes communes;
    @Inject
    AuditLog audit;
    @Inject
    Organisation organisation;

    @Test
    void moving_a_commune_closes_the_period_in_force_keeps_the_history_and_routes_new_tickets_to_the_new_centre()
            throws InterruptedException {
        Instant before = Instant.now();
        Thread.sleep(5);
        assertThat(organisation.centreOf("33039", before)).contains("SUD");

        CommuneCentre opened = communes.moveToCentre(ADMIN, "33039", "OUEST_SUD", "Rééquilibrage de charge");
        Thread.sleep(5);
        Instant after = Instant.now();

        assertThat(opened.centreCode()).isEqualTo("OUEST_SUD");
        assertThat(opened.changedBy()).isEqualTo("admin.test");
        assertThat(opened.reason()).isEqualTo("Rééquilibrage de charge");
        List<CommuneCentre> history = communes.history("33039");
        assertThat(history).extracting(CommuneCentre::centreCode).containsExactly("OUEST_SUD", "SUD");
        assertThat(history.get(1).validTo()).isEqualTo(opened.validFrom());
        // the cached map follows the change, and answers for the past as the database does
        assertThat(communes.currentMap()).containsEntry("33039", "OUEST_SUD");
        assertThat(organisation.centreOf("33039", after)).contains("OUEST_SUD");
        assertThat(organisation.centreOf("33039", before)).contains("SUD");
        assertThat(organisation.centreOf("33039", opened.validFrom())).contains("OUEST_SUD");
        assertThat(organisation.centreOf("33039", opened.validFrom().minusNanos(1000))).contains("SUD");
        assertThat(organisation.centreOf("33039", Instant.parse("2000-01-01T00:00:00Z"))).isEmpty();

        List<AuditEntry> trail = audit.page(ADMIN, "COMMUNE", "33039", 0, 10).items();
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).action()).isEqualTo("MOVE_TO_CENTRE");
        assertThat(trail.get(0).actor()).isEqualTo("admin.test");
        assertThat(trail.get(0).details()).contains("OUEST_SUD").contains("Rééquilibrage");
    }

    @Test
    void moving_to_the_centre_in_force_changes_nothing() {
        CommuneCentre current = communes.periodAt("33063", Instant.now()).orElseThrow();
        CommuneCentre same = communes.moveToCentre(ADMIN, "33063", "BORDEAUX_METROPOLE", "Sans effet");
        assertThat(same.id()).isEqualTo(current.id());
        assertThat(communes.history("33063")).hasSize(1);
    }

    @Test
    void only_a_proximity_centre_can_serve_a_commune_and_only_an_admin_can_move_it() {
        assertThatThrownBy(() -> communes.moveToCentre(ADMIN, "33522", "APPLICATIONS", "Groupe de support"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(OrgProblems.INVALID);
                    assertThat(e.fieldErrors()).extracting(ProblemException.FieldError::field).containsExactly("centre");
                });
        assertThatThrownBy(() -> communes.moveToCentre(ADMIN, "33522", "SUD", " "))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> communes.moveToCentre(MANAGER, "33522", "OUEST_SUD", "Essai"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(OrgProblems.ADMIN_ONLY));
        assertThatThrownBy(() -> communes.moveToCentre(ADMIN, "99999", "SUD", "Inconnue"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(communes.centreOf("33522", Instant.now())).contains("SUD");
    }

    @Test
    void a_new_commune_joins_with_its_centre_and_is_audited() {
        Commune c = communes.create(ADMIN, new Communes.NewCommune("33998", "Saint-Nouveau-sur-Garonne", 8000, true,
                new BigDecimal("44.9"), new BigDecimal("-0.5"), "RIVE_DROITE"));
        assertThat(c.kind()).isEqualTo(CommuneKind.COMMUNE);
        assertThat(communes.all()).extracting(Commune::code).contains("33998");
        assertThat(communes.centreOf("33998", Instant.now())).contains("RIVE_DROITE");
        assertThat(communes.servedBy("RIVE_DROITE")).extracting(Commune::code).contains("33998");
        assertThat(communes.history("33998")).singleElement().extracting(CommuneCentre::changedBy)
                .isEqualTo("admin.test");
        assertThat(audit.page(ADMIN, "COMMUNE", "33998", 0, 10).items()).extracting(AuditEntry::action)
                .containsExactly("MOVE_TO_CENTRE", "CREATE");
    }

    @Test
    void a_new_commune_with_a_code_or_a_name_already_taken_is_a_conflict() {
        assertThatThrownBy(() -> communes.create(ADMIN, new Communes.NewCommune("33522", "Talence bis", 1, true,
                null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(OrgProblems.COMMUNE_EXISTS));
        assertThatThrownBy(() -> communes.create(ADMIN, new Communes.NewCommune("33999", "Talence", 1, true,
                null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(OrgProblems.COMMUNE_EXISTS));
        assertThatThrownBy(() -> communes.create(ADMIN, new Communes.NewCommune("3399", "", -1, true,
                new BigDecimal("95"), null, "NOPE")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::field)
                        .contains("code", "name", "population", "latitude", "centre"));
    }

    @Test
    void a_stale_version_is_a_conflict_and_a_fresh_one_updates_and_audits() {
        Commune talence = communes.find("33522").orElseThrow();
        Commune updated = communes.update(ADMIN, "33522", talence.version(), new Communes.CommuneChanges("Talence",
                47000, true, talence.latitude(), talence.longitude()));
        assertThat(updated.population()).isEqualTo(47000);
        assertThat(updated.version()).isEqualTo(talence.version() + 1);
        assertThat(communes.find("33522").orElseThrow().population()).isEqualTo(47000);
        assertThatThrownBy(() -> communes.update(ADMIN, "33522", talence.version(), new Communes.CommuneChanges(
                "Talence", 1, true, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo(OrgProblems.STALE_VERSION);
                });
        assertThat(audit.page(ADMIN, "COMMUNE", "33522", 0, 10).items())
                .extracting(AuditEntry::action).containsExactly("UPDATE");
        assertThat(audit.page(ADMIN, "COMMUNE", "33522", 0, 10).items().get(0).details())
                .contains("population").contains("46338").contains("47000");
    }

    @Test
    void the_facade_answers_from_memory_with_the_module_records() {
        assertThat(organisation.communeExists("33318")).isTrue();
        assertThat(organisation.communeExists("00000")).isFalse();
        assertThat(organisation.communeName("33318")).isEqualTo("Pessac");
        assertThat(organisation.team("SUD")).get().extracting(Organisation.TeamInfo::proximityCentre).isEqualTo(true);
        assertThat(organisation.team("APPLICATIONS")).get().extracting(Organisation.TeamInfo::proximityCentre)
                .isEqualTo(false);
        assertThat(organisation.centres()).hasSize(5);
        assertThat(organisation.commune("243300316")).get().extracting(Organisation.CommuneInfo::metropole)
                .isEqualTo(true);
        assertThat(CommuneCode.isValid("33318")).isTrue();
    }
}
