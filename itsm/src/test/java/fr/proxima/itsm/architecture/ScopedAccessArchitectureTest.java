package fr.proxima.itsm.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.proxima.itsm.attachment.Attachments;
import fr.proxima.itsm.call.application.CallService;
import fr.proxima.itsm.call.application.CallStore;
import fr.proxima.itsm.comment.Comments;
import fr.proxima.organisation.AccessScope;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that the calls, comments and attachments cannot be read without the caller's scope: their repositories
 * are package-private (reachable only from their own package), controllers never touch a repository, and every
 * public method of the services and stores in front of them takes an {@link AccessScope}.
 */
class ScopedAccessArchitectureTest {
    private static final String[] FEATURES = {"fr.proxima.itsm.call..", "fr.proxima.itsm.comment..",
            "fr.proxima.itsm.attachment.."};
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.proxima.itsm");

    @Test
    void repositories_of_scoped_tables_are_package_private() {
        classes().that().resideInAnyPackage(FEATURES).and().areAnnotatedWith(JdbcRepository.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void controllers_never_touch_a_repository() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(JdbcRepository.class)
                .check(CLASSES);
    }

    @Test
    void models_are_free_of_frameworks() {
        noClasses().that().resideInAPackage("fr.proxima.itsm.call.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void every_public_method_of_the_scoped_query_layers_takes_the_scope() {
        for (Class<?> layer : List.of(CallService.class, CallStore.class, Comments.class, Attachments.class)) {
            JavaClass c = CLASSES.get(layer);
            for (JavaMethod m : c.getMethods()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.STATIC)) {
                    continue;
                }
                assertThat(m.getRawParameterTypes()).as(layer.getSimpleName() + "." + m.getName())
                        .anyMatch(p -> p.isEquivalentTo(AccessScope.class));
            }
        }
    }
}
