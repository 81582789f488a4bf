package fr.proxima.inventory.quality;

import fr.proxima.inventory.ci.application.CiCommands;
import fr.proxima.inventory.ci.application.CiDiscovery;
import fr.proxima.inventory.ci.application.DiscoveredMachine;
import fr.proxima.inventory.ci.application.DiscoveredSoftware;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.CiType;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.software.SoftwareCatalogue;
import fr.proxima.inventory.support.OrgFixtures;
import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static fr.proxima.inventory.support.OrgFixtures.ADMIN;
import static fr.proxima.inventory.support.OrgFixtures.PESSAC;
import static fr.proxima.inventory.support.OrgFixtures.TALENCE;
import static fr.proxima.inventory.support.OrgFixtures.VIEWER_PESSAC;
import static fr.proxima.inventory.support.OrgFixtures.VIEWER_TALENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each check of the quality-control report against MariaDB, on a commune built for it. */
@MicronautTest(startApplication = false, transactional = false)
class QualityReportsIT extends DatabaseTest {
    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Inject
    QualityReports reports;
    @Inject
    CiCommands commands;
    @Inject
    CiDiscovery discovery;
    @Inject
    SoftwareCatalogue catalogue;
    @Inject
    OrgFixtures org;

    long site;
    long equipped;
    long unequipped;
    QualityReport report;

    CiDraft ci(String type, String tag, String serial, String maker, String status, Long site, Long person,
               String warrantyEnd) {
        return new CiDraft(type, tag, serial, maker, null, status, TALENCE, site, person, null, warrantyEnd, null, null,
                null, Map.of());
    }

    @BeforeAll
    void a_commune_with_one_case_of_each_check() {
        site = org.site(TALENCE, "Hôtel de ville");
        equipped = org.person(TALENCE, "Équipée");
        unequipped = org.person(TALENCE, "Sansrien");
        org.person(PESSAC, "Ailleurs");
        commands.create(ci("MONITOR", "DUP-HP", "SAME123", "HP", "IN_STOCK", site, null, null), ADMIN);
        commands.create(ci("MONITOR", "DUP-HPQ", "SAME123", "Hewlett Packard Enterprise", "IN_STOCK", site, null,
                null), ADMIN);
        commands.create(ci("COPIER", "COP-NOWHERE", null, "Ricoh", "IN_SERVICE", null, null, null), ADMIN);
        commands.create(ci("LAPTOP", "LAP-NOBODY", null, "Dell", "IN_STOCK", site, null, null), ADMIN);
        ConfigurationItem laptop = commands.create(ci("LAPTOP", "LAP-NOBODY-2", null, "Dell", "IN_SERVICE", site, null,
                null), ADMIN);
        commands.create(ci("DESKTOP", "PC-NEVER", null, "Dell", "IN_SERVICE", site, equipped, "2030-01-01"), ADMIN);
        commands.create(ci("DESKTOP", "PC-EXPIRED", null, "Dell", "IN_STOCK", site, null, "2026-11-25"), ADMIN);
        commands.create(ci("DESKTOP", "PC-RETIRED", null, "Dell", "RETIRED", site, unequipped, "2020-01-01"), ADMIN);
        discovery.upsert(machine("dev-old", "OLD1"), TALENCE, NOW.minus(100, ChronoUnit.DAYS));
        discovery.upsert(machine("dev-recent", "RECENT1"), TALENCE, NOW.minus(10, ChronoUnit.DAYS));
        catalogue.create(ADMIN, new SoftwareCatalogue.Draft("LibreOffice", "TDF", "APPROVED", null, null, List.of()));
        report = reports.report(TALENCE, NOW, null, VIEWER_TALENCE);
        assertThat(laptop.id()).isNotNull();
    }

    static DiscoveredMachine machine(String device, String serial) {
        return new DiscoveredMachine(device, null, serial, "Lenovo", "ThinkCentre", CiType.DESKTOP, null, null, null,
                null, null, null, null, null, List.of(new DiscoveredSoftware("LibreOffice 7.6", "TDF", "7.6", null),
                new DiscoveredSoftware("Jeu du démineur", null, "1.0", null)));
    }

    List<String> tags(QualityCheck check) {
        return report.findings().stream().filter(f -> f.check() == check).map(Finding::assetTag).toList();
    }

    @Test
    void a_serial_number_under_two_maker_names_is_a_duplicate_seen_from_both() {
        assertThat(tags(QualityCheck.DUPLICATE_SERIAL)).containsExactly("DUP-HP", "DUP-HPQ");
        assertThat(report.findings().get(0).detail()).contains("DUP-HPQ (HPE)");
        assertThat(report.findings().get(0).link()).startsWith("/api/cis/");
    }

    @Test
    void in_service_items_nobody_can_locate_and_personal_items_without_their_person() {
        assertThat(tags(QualityCheck.IN_SERVICE_WITHOUT_LOCATION)).contains("COP-NOWHERE")
                .doesNotContain("LAP-NOBODY");
        assertThat(tags(QualityCheck.IN_SERVICE_WITHOUT_PERSON)).containsExactly("LAP-NOBODY-2");
    }

    @Test
    void machines_not_reported_for_ninety_days_or_never() {
        List<Finding> found = report.findings().stream().filter(f -> f.check() == QualityCheck.NOT_REPORTED).toList();
        assertThat(found).extracting(Finding::assetTag).contains("PC-NEVER", "LAP-NOBODY-2").hasSize(3);
        assertThat(found).extracting(Finding::detail).anyMatch(d -> d.contains("100 jours"))
                .anyMatch(d -> d.contains("Jamais"));
    }

    @Test
    void expired_warranties_but_not_of_retired_items() {
        assertThat(tags(QualityCheck.WARRANTY_EXPIRED)).containsExactly("PC-EXPIRED");
    }

    @Test
    void active_people_with_no_equipment_except_retired_equipment() {
        assertThat(report.findings()).filteredOn(f -> f.check() == QualityCheck.PERSON_WITHOUT_EQUIPMENT)
                .extracting(Finding::personId).containsExactly(unequipped);
    }

    @Test
    void software_installed_but_absent_from_the_catalogue_is_reported_once_with_its_machines() {
        assertThat(report.findings()).filteredOn(f -> f.check() == QualityCheck.SOFTWARE_NOT_IN_CATALOGUE)
                .extracting(Finding::subject, Finding::detail)
                .containsExactly(tuple("Jeu du démineur", "Installé sur 2 machine(s) de l'entité, absent du catalogue"));
        assertThat(report.counts()).containsEntry(QualityCheck.SOFTWARE_NOT_IN_CATALOGUE, 1);
    }

    @Test
    void another_commune_s_viewer_gets_an_empty_report_and_a_commune_is_required() {
        QualityReport pessac = reports.report(TALENCE, NOW, null, VIEWER_PESSAC);
        assertThat(pessac.findings()).isEmpty();
        assertThat(pessac.counts().values()).containsOnly(0);
        assertThat(reports.report(TALENCE, NOW, 1, ADMIN).truncated()).isTrue();
        assertThat(assertThrows(ProblemException.class, () -> reports.report(null, NOW, null, ADMIN)).code())
                .isEqualTo("INV-3001");
        assertThat(assertThrows(ProblemException.class, () -> reports.report("99999", NOW, null, ADMIN)).code())
                .isEqualTo("INV-3001");
    }
}
