package fr.proxima.inventory.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.proxima.testing.ModuleRules;
import io.micronaut.data.repository.GenericRepository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the configuration database that a reviewer would otherwise have to remember (the module-boundary
 * rules are in {@code InventoryArchitectureTest}): the CI tables are reached only through the scoped reader and
 * the store, every public read takes the caller's scope, the model is framework-free and knows nothing of the
 * outer layers.
 */
@AnalyzeClasses(packages = "fr.proxima.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class CiArchitectureTest {
    static final String CI_INFRA = "fr.proxima.inventory.ci.infrastructure";

    @ArchTest
    static final ArchRule ci_repositories_are_used_only_inside_the_ci_infrastructure =
            classes().that().areAssignableTo(GenericRepository.class).and().resideInAPackage(CI_INFRA)
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(CI_INFRA)
                    .because("every read of CIs goes through CiReader, which applies the caller's scope");

    @ArchTest
    static final ArchRule repositories_are_package_private =
            classes().that().areAssignableTo(GenericRepository.class).and().areInterfaces()
                    .should().notBePublic();

    @ArchTest
    static final ArchRule ci_rows_stay_inside_the_ci_infrastructure =
            classes().that().haveSimpleNameEndingWith("Row").and().resideInAPackage(CI_INFRA)
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(CI_INFRA);

    @ArchTest
    static final ArchRule every_public_method_of_a_reader_takes_the_access_scope =
            methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Reader")
                    .and().areDeclaredInClassesThat().resideInAPackage("fr.proxima.inventory..")
                    .and().arePublic().and().areNotStatic()
                    .should(ModuleRules.takeAnAccessScope());

    @ArchTest
    static final ArchRule web_never_touches_jdbc =
            noClasses().that().resideInAPackage("..web..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data.jdbc..", "java.sql..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule the_model_does_not_depend_on_the_outer_layers =
            noClasses().that().resideInAPackage("fr.proxima.inventory.ci.model..")
                    .should().dependOnClassesThat().resideInAnyPackage("fr.proxima.inventory.ci.application..",
                            "fr.proxima.inventory.ci.infrastructure..", "fr.proxima.inventory.ci.web..",
                            "io.micronaut..", "jakarta..", "java.sql..");
}
