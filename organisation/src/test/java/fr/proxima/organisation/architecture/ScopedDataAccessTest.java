package fr.proxima.organisation.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope cannot be forgotten: the repositories of scoped tables (sites, people) are package-private, only their
 * feature's service uses them, and every one of their reads takes the scope's commune filter as a parameter.
 */
class ScopedDataAccessTest {
    static final List<String> SCOPED_REPOSITORIES = List.of(
            "fr.proxima.organisation.site.SiteRepository",
            "fr.proxima.organisation.person.PersonRepository");
    /** Writes and per-commune counts used by loading; none returns a scoped record to a reader. */
    static final Set<String> UNSCOPED_ALLOWED = Set.of("save", "update", "countInCommune");

    static final JavaClasses ORGANISATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.proxima.organisation");

    @Test
    void scoped_repositories_are_package_private_and_used_by_their_service_only() throws Exception {
        for (String name : SCOPED_REPOSITORIES) {
            Class<?> repository = Class.forName(name);
            assertThat(Modifier.isPublic(repository.getModifiers())).as(name).isFalse();
        }
        // Micronaut's generated classes ($...$Definition, $...$Intercepted) wire the repository into the service
        noClasses().that().doNotHaveSimpleName("Sites").and().doNotHaveSimpleName("SiteRepository")
                .and().haveNameNotMatching(".*\\.\\$.*|.*\\$Intercepted")
                .should().dependOnClassesThat().haveSimpleName("SiteRepository")
                .check(ORGANISATION);
        noClasses().that().doNotHaveSimpleName("People").and().doNotHaveSimpleName("PersonRepository")
                .and().haveNameNotMatching(".*\\.\\$.*|.*\\$Intercepted")
                .should().dependOnClassesThat().haveSimpleName("PersonRepository")
                .check(ORGANISATION);
    }

    @Test
    void every_read_of_a_scoped_repository_takes_the_scope() throws Exception {
        for (String name : SCOPED_REPOSITORIES) {
            Method[] methods = Class.forName(name).getDeclaredMethods();
            assertThat(methods).isNotEmpty();
            for (Method m : methods) {
                if (m.isSynthetic() || UNSCOPED_ALLOWED.contains(m.getName())) {
                    continue;
                }
                assertThat(Arrays.stream(m.getParameters()).map(Parameter::getName))
                        .as("%s.%s must take the scope's commune filter", name, m.getName())
                        .contains("scope");
            }
        }
    }
}
