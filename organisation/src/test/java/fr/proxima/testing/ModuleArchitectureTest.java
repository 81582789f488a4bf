package fr.proxima.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The module-boundary rules of conventions §2 ({@link ModuleRules}), as tests: each module has a one-line
 * subclass naming itself, so a new module gets every rule by declaring that subclass.
 */
public abstract class ModuleArchitectureTest {
    private final String module;
    private final JavaClasses classes;

    protected ModuleArchitectureTest(String module) {
        this.module = module;
        this.classes = ModuleRules.classesOf(module);
    }

    @Test
    void other_modules_are_used_only_through_their_public_api() {
        ModuleRules.otherModulesOnlyThroughTheirApi(module).allowEmptyShould(true).check(classes);
    }

    @Test
    void domain_models_are_framework_free() {
        ModuleRules.modelsAreFrameworkFree(module).check(classes);
    }

    @Test
    void controllers_never_touch_repositories() {
        ModuleRules.controllersNeverTouchRepositories(module).check(classes);
    }
}
