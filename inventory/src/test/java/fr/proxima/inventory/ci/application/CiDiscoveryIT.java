package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.infrastructure.CiCriteria;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiSort;
import fr.proxima.inventory.ci.infrastructure.CiViews;
import fr.proxima.inventory.ci.infrastructure.HistoryEntry;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.CiType;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.software.SoftwareCatalogue;
import fr.proxima.inventory.support.OrgFixtures;
import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.proxima.inventory.support.OrgFixtures.ADMIN;
import static fr.proxima.inventory.support.OrgFixtures.PESSAC;
import static fr.proxima.inventory.support.OrgFixtures.TALENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Machines reported by inventory agents, against MariaDB: created once, updated, never duplicated. */
@MicronautTest(startApplication = false, transactional = false)
class CiDiscoveryIT extends DatabaseTest {
    static final Instant MONDAY = Instant.parse("2026-11-23T07:30:00Z");
    static final Instant TUESDAY = Instant.parse("2026-11-24T07:30:00Z");

    @Inject
    CiDiscovery discovery;
    @Inject
    CiCommands commands;
    @Inject
    CiReader reader;
    @Inject
    SoftwareCatalogue catalogue;

    static DiscoveredMachine machine(String device, String serial, long ramMb, List<DiscoveredSoftware> software) {
        return new DiscoveredMachine(device, null, serial, "Hewlett-Packard", "HP EliteDesk 800 G6 SFF", CiType.DESKTOP,
                "PC-TAL-ETATCIVIL-01", "Microsoft Windows 11 Professionnel", "10.0.22631", "Intel(R) Core(TM) i5-10500",
                ramMb, 476L, "a4:bb:6d:01:02:03", "10.33.5.21", software);
    }

    static List<DiscoveredSoftware> software(String firefox) {
        return List.of(new DiscoveredSoftware("Mozilla Firefox (x64 fr)", "Mozilla", firefox, LocalDate.of(2026, 9, 1)),
                new DiscoveredSoftware("LibreOffice 7.6.4.1", "The Document Foundation", "7.6.4.1", null),
                new DiscoveredSoftware("Logiciel état civil Élise", "Berger-Levrault", "5.2", null));
    }

    static String id() {
        return UUID.randomUUID().toString().substring(0, 10).toUpperCase();
    }

    @Test
    void a_first_report_creates_the_machine_and_the_same_report_again_changes_nothing() {
        String device = "pc-tal-" + id();
        String serial = "CZC" + id();
        DiscoveryResult first = discovery.upsert(machine(device, serial, 16384, software("115.0")), TALENCE, MONDAY);
        assertThat(first.outcome()).isEqualTo(DiscoveryResult.Outcome.CREATED);
        assertThat(first.assetTag()).startsWith("AUTO-");
        assertThat(first.softwareAdded()).isEqualTo(3);
        ConfigurationItem ci = reader.find(first.ciId(), ADMIN).orElseThrow();
        assertThat(ci.details().manufacturer()).isEqualTo("HP");
        assertThat(ci.details().serialNumber()).isEqualTo(serial);
        assertThat(ci.details().attributes().asMap()).containsEntry("hostname", "pc-tal-etatcivil-01")
                .containsEntry("ramMb", 16384L).containsEntry("macAddress", "A4:BB:6D:01:02:03")
                .containsEntry("agentDeviceId", device);
        assertThat(ci.lastAgentReportAt()).isEqualTo(MONDAY);

        DiscoveryResult again = discovery.upsert(machine(device, serial, 16384, software("115.0")), TALENCE, TUESDAY);
        assertThat(again.outcome()).isEqualTo(DiscoveryResult.Outcome.UNCHANGED);
        assertThat(again.ciId()).isEqualTo(first.ciId());
        ConfigurationItem after = reader.find(first.ciId(), ADMIN).orElseThrow();
        assertThat(after.version()).as("an unchanged report does not make a person's edit stale")
                .isEqualTo(ci.version());
        assertThat(after.lastAgentReportAt()).isEqualTo(TUESDAY);
        assertThat(reader.search(CiCriteria.ofSerial(serial),
                CiSort.ASSET_TAG, 0, 10, ADMIN).items()).hasSize(1);
    }

    @Test
    void a_changed_report_updates_the_hardware_and_replaces_the_software_with_history() {
        String device = "pc-tal-" + id();
        String serial = "CZC" + id();
        long id = discovery.upsert(machine(device, serial, 8192, software("115.0")), TALENCE, MONDAY).ciId();
        List<DiscoveredSoftware> tuesday = new ArrayList<>(software("128.0.3"));
        tuesday.remove(1);
        DiscoveryResult r = discovery.upsert(machine(device, serial, 16384, tuesday), TALENCE, TUESDAY);
        assertThat(r.outcome()).isEqualTo(DiscoveryResult.Outcome.UPDATED);
        assertThat(r.changedFields()).containsExactly("attributes.ramMb");
        assertThat(r.softwareAdded()).isEqualTo(1);
        assertThat(r.softwareRemoved()).isEqualTo(2);
        assertThat(reader.software(id, ADMIN).orElseThrow()).extracting(CiViews.Installed::name, CiViews.Installed::version)
                .containsExactly(tuple("Logiciel état civil Élise", "5.2"),
                        tuple("Mozilla Firefox (x64 fr)", "128.0.3"));
        List<HistoryEntry> history = reader.history(id, ADMIN).orElseThrow();
        assertThat(history).extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .contains(tuple("attributes.ramMb", "8192", "16384"),
                        tuple("software", "Mozilla Firefox (x64 fr) 115.0",
                                "Mozilla Firefox (x64 fr) 128.0.3"),
                        tuple("software", "LibreOffice 7.6.4.1 7.6.4.1", null));
        assertThat(history).allMatch(h -> h.actor().equals("agent:" + TALENCE));
    }

    @Test
    void a_machine_entered_by_hand_is_found_by_its_serial_whatever_the_firmware_calls_its_maker() {
        String serial = "CZC" + id();
        ConfigurationItem entered = commands.create(new CiDraft("DESKTOP", "PC-TAL-" + id(), serial, "HP",
                "EliteDesk 800 G6", "IN_SERVICE", TALENCE, null, null, "2023-01-10", null, null, null, null, null),
                ADMIN);
        DiscoveryResult r = discovery.upsert(machine("dev-" + id(), serial.toLowerCase(), 16384, List.of()), TALENCE,
                MONDAY);
        assertThat(r.ciId()).isEqualTo(entered.id());
        assertThat(r.outcome()).isEqualTo(DiscoveryResult.Outcome.UPDATED);
        ConfigurationItem ci = reader.find(entered.id(), ADMIN).orElseThrow();
        assertThat(ci.details().assetTag()).isEqualTo(entered.details().assetTag());
        assertThat(ci.details().acquisitionDate()).isEqualTo(LocalDate.of(2023, 1, 10));
        assertThat(ci.details().model()).isEqualTo("HP EliteDesk 800 G6 SFF");
    }

    @Test
    void without_a_real_serial_the_machine_is_recognised_by_its_agent() {
        String device = "vm-" + id();
        DiscoveredMachine vm = new DiscoveredMachine(device, null, "To be filled by O.E.M.", "QEMU",
                "Standard PC (i440FX + PIIX, 1996)", CiType.SERVER, "srv-test", "Debian GNU/Linux", "12", "QEMU vCPU",
                2048L, 20L, null, "not-an-ip", List.of());
        DiscoveryResult first = discovery.upsert(vm, TALENCE, MONDAY);
        assertThat(first.ignored()).containsExactly("ipAddress");
        DiscoveryResult second = discovery.upsert(vm, TALENCE, TUESDAY);
        assertThat(second.ciId()).isEqualTo(first.ciId());
        assertThat(reader.find(first.ciId(), ADMIN).orElseThrow().details().serialNumber()).isNull();
    }

    @Test
    void an_agent_never_writes_into_another_commune() {
        String serial = "CZC" + id();
        discovery.upsert(machine("dev-" + id(), serial, 8192, List.of()), TALENCE, MONDAY);
        ProblemException e = assertThrows(ProblemException.class,
                () -> discovery.upsert(machine("dev-" + id(), serial, 8192, List.of()), PESSAC, TUESDAY));
        assertThat(e.code()).isEqualTo("INV-3040");
        assertThat(assertThrows(ProblemException.class,
                () -> discovery.upsert(machine("x", "y", 1, List.of()), "99999", MONDAY)).code()).isEqualTo("INV-3001");
    }

    @Test
    void installed_software_is_matched_to_the_catalogue_even_when_the_entry_comes_later() {
        String device = "pc-" + id();
        long id = discovery.upsert(machine(device, "CZC" + id(), 8192, software("128.0.3")), TALENCE, MONDAY).ciId();
        assertThat(reader.software(id, ADMIN).orElseThrow()).allMatch(s -> s.softwareId() == null);
        catalogue.create(ADMIN, new SoftwareCatalogue.Draft("Mozilla Firefox", "Mozilla", "APPROVED", null, null,
                List.of("128.0.3")));
        assertThat(reader.software(id, ADMIN).orElseThrow()).filteredOn(s -> s.name().startsWith("Mozilla"))
                .allMatch(s -> s.softwareId() != null && "APPROVED".equals(s.catalogueStatus()));
    }

    @Test
    void two_reports_of_the_same_new_machine_at_once_give_one_ci() throws Exception {
        String serial = "CZC" + id();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<DiscoveryResult>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> discovery.upsert(machine("dev-" + serial, serial, 8192, software("115.0")), TALENCE,
                        MONDAY));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<DiscoveryResult> f : pool.invokeAll(tasks)) {
                ids.add(f.get().ciId());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(reader.search(CiCriteria.ofSerial(serial),
                CiSort.ASSET_TAG, 0, 10, ADMIN).items()).hasSize(1);
        assertThat(reader.software(reader.search(CiCriteria.ofSerial(serial), CiSort.ASSET_TAG, 0, 10, ADMIN).items().get(0).id(), ADMIN).orElseThrow()).hasSize(3);
    }

    @Test
    void two_first_reports_of_a_machine_without_serial_at_once_give_one_ci() throws Exception {
        for (int round = 0; round < 5; round++) {
            String device = "vm-" + id().toLowerCase() + "-2026-11-27-08-00-00";
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<DiscoveryResult>> tasks = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    tasks.add(() -> discovery.upsert(machine(device, "To be filled by O.E.M.", 4096,
                            software("115.0")), TALENCE, MONDAY));
                }
                List<Long> ids = new ArrayList<>();
                for (Future<DiscoveryResult> f : pool.invokeAll(tasks)) {
                    ids.add(f.get().ciId());
                }
                assertThat(ids).containsOnly(ids.get(0));
                assertThat(reader.findByAgentDevice(device, ADMIN)).map(c -> c.id()).contains(ids.get(0));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void a_machine_found_by_serial_keeps_its_own_device_id_when_another_ci_holds_the_reported_one() {
        String serial = "CZC" + id();
        String device = "dev-" + id().toLowerCase();
        long byDevice = discovery.upsert(machine(device, null, 8192, software("115.0")), TALENCE, MONDAY).ciId();
        long bySerial = discovery.upsert(machine("dev-" + serial, serial, 8192, software("115.0")), TALENCE, MONDAY)
                .ciId();
        DiscoveryResult again = discovery.upsert(machine(device, serial, 16384, software("115.0")), TALENCE, TUESDAY);
        assertThat(again.ciId()).isEqualTo(bySerial);
        assertThat(reader.find(bySerial, ADMIN).orElseThrow().details().attributes().text("agentDeviceId"))
                .isEqualTo("dev-" + serial);
        assertThat(reader.findByAgentDevice(device, ADMIN)).map(c -> c.id()).contains(byDevice);
    }
}
