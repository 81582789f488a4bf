package fr.proxima.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fr.proxima.organisation.AccessScope;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.http.annotation.Controller;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules every module checks in its own {@code ArchitectureTest} (conventions §2):
 * another module is reached only through its root package (its public API); domain models are framework-free;
 * controllers never reach a repository (so every read goes through a service that applies the access scope).
 */
public final class ModuleRules {
    private static final List<String> MODULES = List.of("organisation", "itsm", "inventory", "scheduling", "app");

    private ModuleRules() {
    }

    /** The production classes of one module. */
    public static JavaClasses classesOf(String module) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("fr.proxima." + module);
    }

    /** Classes of {@code module} use the other modules only through their root packages. */
    public static ArchRule otherModulesOnlyThroughTheirApi(String module) {
        return noClasses().that().resideInAPackage("fr.proxima." + module + "..")
                .should().dependOnClassesThat(internalOfAnotherModuleThan(module))
                .as("fr.proxima." + module + " uses other modules only through their root package (public API)");
    }

    /** Domain models ({@code ..model..}) depend on no framework. */
    public static ArchRule modelsAreFrameworkFree(String module) {
        return noClasses().that().resideInAPackage("fr.proxima." + module + "..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "jakarta.persistence..", "jakarta.inject..", "java.sql..", "javax.sql..")
                .allowEmptyShould(true)
                .as("domain models of " + module + " are framework-free");
    }

    /** Controllers never reach a repository: reads go through services that take the access scope. */
    public static ArchRule controllersNeverTouchRepositories(String module) {
        return noClasses().that().resideInAPackage("fr.proxima." + module + "..")
                .and().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
                .allowEmptyShould(true)
                .as("controllers of " + module + " never use a repository directly");
    }

    /**
     * The condition of scoped query layers: a method takes an {@code AccessScope} parameter (synthetic and bridge
     * methods aside), else the read it makes could forget the caller's scope.
     */
    public static ArchCondition<JavaMethod> takeAnAccessScope() {
        return new ArchCondition<>("take an AccessScope parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean takes = method.getRawParameterTypes().stream()
                        .map(JavaClass::getName).anyMatch(AccessScope.class.getName()::equals);
                boolean synthetic = method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || method.getModifiers().contains(JavaModifier.BRIDGE);
                if (!takes && !synthetic) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " reads scoped data without the caller's AccessScope"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> internalOfAnotherModuleThan(String module) {
        return DescribedPredicate.describe("internal classes of another Proxima module", c -> {
            String pkg = c.getPackageName();
            for (String other : MODULES) {
                if (other.equals(module)) {
                    continue;
                }
                String root = "fr.proxima." + other;
                if (pkg.startsWith(root + ".")) {
                    return true;
                }
            }
            return false;
        });
    }
}
