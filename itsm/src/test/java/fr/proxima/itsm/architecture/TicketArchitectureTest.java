package fr.proxima.itsm.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.testing.ModuleRules;
import io.micronaut.data.repository.GenericRepository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the tickets feature that a reviewer would otherwise have to remember (the module-boundary rules
 * shared by every module are in {@code fr.proxima.itsm.ItsmArchitectureTest}): the ticket tables are reached
 * only through the scoped reader and the store, every public read takes the caller's scope, and the model stays
 * free of frameworks.
 */
@AnalyzeClasses(packages = "fr.proxima.itsm", importOptions = ImportOption.DoNotIncludeTests.class)
class TicketArchitectureTest {
    static final String TICKET_INFRA = "fr.proxima.itsm.ticket.infrastructure";

    @ArchTest
    static final ArchRule ticket_repositories_are_used_only_inside_the_ticket_infrastructure =
            classes().that().areAssignableTo(GenericRepository.class).and().resideInAPackage(TICKET_INFRA)
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(TICKET_INFRA)
                    .because("every read of tickets goes through TicketReader, which applies the caller's scope");

    @ArchTest
    static final ArchRule repositories_are_package_private =
            classes().that().areAssignableTo(GenericRepository.class).and().areInterfaces()
                    .should().notBePublic();

    @ArchTest
    static final ArchRule ticket_rows_stay_inside_the_ticket_infrastructure =
            classes().that().haveSimpleNameEndingWith("Row").and().resideInAPackage(TICKET_INFRA)
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage(TICKET_INFRA);

    @ArchTest
    static final ArchRule every_public_method_of_the_ticket_reader_takes_the_access_scope =
            methods().that().areDeclaredIn(TicketReader.class).and().arePublic()
                    .should(ModuleRules.takeAnAccessScope());

    @ArchTest
    static final ArchRule every_public_method_of_a_reader_takes_the_access_scope =
            methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Reader")
                    .and().areDeclaredInClassesThat().resideInAPackage("fr.proxima.itsm..")
                    .and().arePublic().and().areNotStatic()
                    .should(ModuleRules.takeAnAccessScope());

    @ArchTest
    static final ArchRule web_never_touches_jdbc =
            noClasses().that().resideInAPackage("..web..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.data.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule the_model_is_framework_free =
            noClasses().that().resideInAnyPackage("..model..", "fr.proxima.itsm.calendar")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("io.micronaut..", "jakarta.persistence..", "jakarta.inject..", "java.sql..");

    @ArchTest
    static final ArchRule the_model_does_not_depend_on_the_outer_layers =
            noClasses().that().resideInAPackage("fr.proxima.itsm.ticket.model..")
                    .should().dependOnClassesThat().resideInAnyPackage("fr.proxima.itsm.ticket.application..",
                            "fr.proxima.itsm.ticket.infrastructure..", "fr.proxima.itsm.ticket.web..");
}
