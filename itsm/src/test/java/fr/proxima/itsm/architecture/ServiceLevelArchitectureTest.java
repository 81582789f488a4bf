package fr.proxima.itsm.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.proxima.itsm.contract.Contracts;
import fr.proxima.itsm.sla.application.Escalations;
import fr.proxima.itsm.sla.application.ServiceLevelsFacade;
import fr.proxima.organisation.AccessScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clock tables hold commune data (escalations, states): only the service-level feature touches their store, and
 * every public read of the facades in front of it takes the caller's scope. The clock model and the calendar
 * arithmetic stay framework-free.
 */
class ServiceLevelArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.proxima.itsm");

    @Test
    void only_the_service_level_feature_reaches_the_clock_store() {
        classes().that().resideInAPackage("fr.proxima.itsm.sla.infrastructure..")
                .should().onlyBeAccessed().byAnyPackage("fr.proxima.itsm.sla..")
                .check(CLASSES);
    }

    @Test
    void the_clock_model_and_the_calendar_arithmetic_are_free_of_frameworks() {
        noClasses().that().resideInAnyPackage("fr.proxima.itsm.sla.model..")
                .or().resideInAPackage("fr.proxima.itsm.calendar")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void every_public_read_of_the_service_level_facades_takes_the_scope() {
        Set<String> systemUse = Set.of("inForceFor", "byId");
        for (Class<?> layer : List.of(ServiceLevelsFacade.class, Escalations.class, Contracts.class)) {
            JavaClass c = CLASSES.get(layer);
            for (JavaMethod m : c.getMethods()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.STATIC)
                        || layer == Contracts.class && systemUse.contains(m.getName())
                        && m.getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(AccessScope.class))) {
                    continue;
                }
                assertThat(m.getRawParameterTypes()).as(layer.getSimpleName() + "." + m.getName())
                        .anyMatch(p -> p.isEquivalentTo(AccessScope.class));
            }
        }
    }
}
