package fr.proxima.itsm;

import com.tngtech.archunit.core.domain.JavaClasses;
import fr.proxima.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The module-boundary rules of conventions §2, checked on the itsm module's production classes. */
class ItsmArchitectureTest {
    private static final String MODULE = "itsm";
    private final JavaClasses classes = ModuleRules.classesOf(MODULE);

    @Test
    void other_modules_are_used_only_through_their_public_api() {
        ModuleRules.otherModulesOnlyThroughTheirApi(MODULE).allowEmptyShould(true).check(classes);
    }

    @Test
    void domain_models_are_framework_free() {
        ModuleRules.modelsAreFrameworkFree(MODULE).check(classes);
    }

    @Test
    void controllers_never_touch_repositories() {
        ModuleRules.controllersNeverTouchRepositories(MODULE).check(classes);
    }
}
