package fr.proxima.organisation.reference;

import fr.proxima.organisation.commune.Commune;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.team.Team;
import fr.proxima.organisation.team.Teams;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false)
class ReferenceDataTest extends DatabaseTest {

    @Inject
    Communes communes;
    @Inject
    Teams teams;
    @Inject
    ReferenceData referenceData;

    @Test
    void loads_the_metropole_its_28_communes_and_15_mutualised_entities() {
        assertThat(communes.all()).hasSize(29);
        assertThat(communes.all().stream().filter(Commune::mutualised)).hasSize(15);
        assertThat(communes.find("33522")).get().extracting(Commune::name).isEqualTo("Talence");
        assertThat(communes.find("243300316")).get().extracting(Commune::mutualised).isEqualTo(true);
        assertThat(communes.find("33013")).get().extracting(Commune::mutualised).isEqualTo(false);
    }

    @Test
    void loads_five_centres_and_the_map_of_developers_md() {
        assertThat(teams.centres()).extracting(Team::code)
                .containsExactlyInAnyOrder("RIVE_DROITE", "SUD", "BORDEAUX_METROPOLE", "OUEST_SUD", "OUEST_NORD");
        Map<String, String> map = communes.currentMap();
        assertThat(map).hasSize(15)
                .containsEntry("33522", "SUD").containsEntry("33318", "SUD").containsEntry("33039", "SUD")
                .containsEntry("33063", "BORDEAUX_METROPOLE").containsEntry("243300316", "BORDEAUX_METROPOLE")
                .containsEntry("33075", "OUEST_NORD").containsEntry("33096", "RIVE_DROITE")
                .containsEntry("33069", "OUEST_SUD");
        assertThat(communes.centreOf("33522", Instant.now())).contains("SUD");
    }

    @Test
    void a_second_load_changes_nothing() {
        referenceData.load();
        assertThat(communes.all()).hasSize(29);
        assertThat(communes.currentMap()).hasSize(15);
        assertThat(teams.all()).hasSize(9);
    }
}
