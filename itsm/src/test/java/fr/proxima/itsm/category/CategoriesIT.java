package fr.proxima.itsm.category;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class CategoriesIT extends DatabaseTest {
    static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    static final AccessScope AGENT = new AccessScope("agent.can", 2L, Role.CAN_AGENT, null, null);

    @Inject
    Categories categories;

    @Test
    void the_seeded_catalogue_is_a_tree_of_french_it_categories() {
        assertThat(categories.tree(false)).extracting(n -> n.category().code())
                .containsExactly("POSTE", "IMPRESSION", "TELEPHONIE", "MESSAGERIE", "APPLICATIONS", "RESEAU",
                        "COMPTES", "MATERIEL", "SECURITE");
        assertThat(categories.find("APP_URBANISME")).get().extracting(Category::parentCode).isEqualTo("APPLICATIONS");
        assertThat(categories.withDescendants("RESEAU"))
                .containsExactlyInAnyOrder("RESEAU", "RESEAU_FILAIRE", "RESEAU_WIFI", "RESEAU_VPN", "RESEAU_INTERNET");
    }

    @Test
    void an_admin_adds_renames_and_deactivates_a_category() {
        Category added = categories.add("APP_CIMETIERES", "APPLICATIONS", "Gestion des cimetières", 58, ADMIN);
        assertThat(added.updatedBy()).isEqualTo("admin");
        Category renamed = categories.change("APP_CIMETIERES", "Cimetières", null, added.version(), ADMIN);
        assertThat(renamed.name()).isEqualTo("Cimetières");
        Category off = categories.change("APP_CIMETIERES", null, false, renamed.version(), ADMIN);
        assertThat(off.active()).isFalse();
        assertThat(categories.findActive("APP_CIMETIERES")).isEmpty();
        assertThat(categories.tree(false).stream().filter(n -> n.category().code().equals("APPLICATIONS"))
                .findFirst().orElseThrow().children()).extracting(n -> n.category().code())
                .doesNotContain("APP_CIMETIERES");
        assertThat(categories.tree(true).stream().filter(n -> n.category().code().equals("APPLICATIONS"))
                .findFirst().orElseThrow().children()).extracting(n -> n.category().code())
                .contains("APP_CIMETIERES");
    }

    @Test
    void stale_versions_duplicates_and_non_admins_are_refused() {
        Category added = categories.add("TEL_FAX", "TELEPHONIE", "Fax", null, ADMIN);
        categories.change("TEL_FAX", "Télécopie", null, added.version(), ADMIN);
        assertThatThrownBy(() -> categories.change("TEL_FAX", "Fax", null, added.version(), ADMIN))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("ITSM-2002"));
        assertThatThrownBy(() -> categories.add("POSTE", null, "Doublon", null, ADMIN))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> categories.add("X_NEW", "NOPE", "Orpheline", null, ADMIN))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> categories.add("X_NEW", null, "Interdite", null, AGENT))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
