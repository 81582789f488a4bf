package fr.proxima.app.web.ui;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.repository.GenericRepository;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The web UI is a client of the modules: it reaches them through their HTTP API or their public API (root package)
 * only, never a repository or an internal class; so it cannot read around the access scope.
 */
class UiArchitectureTest {
    private static final List<String> MODULES = List.of("organisation", "itsm", "inventory", "scheduling");
    private final JavaClasses ui = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.proxima.app.web.ui");

    @Test
    void the_ui_uses_other_modules_only_through_their_public_api() {
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe("internal classes of a module",
                        (JavaClass c) -> MODULES.stream().anyMatch(m -> c.getPackageName().startsWith("fr.proxima." + m + "."))))
                .check(ui);
    }

    @Test
    void the_ui_never_touches_a_repository() {
        noClasses().should().dependOnClassesThat().areAssignableTo(GenericRepository.class).check(ui);
    }
}
