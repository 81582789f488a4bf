package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ConfigurationItems;
import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiViews;
import fr.proxima.inventory.ci.infrastructure.HistoryEntry;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.RelationType;
import fr.proxima.inventory.support.OrgFixtures;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.TeamCode;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static fr.proxima.inventory.support.OrgFixtures.ADMIN;
import static fr.proxima.inventory.support.OrgFixtures.CAN;
import static fr.proxima.inventory.support.OrgFixtures.PESSAC;
import static fr.proxima.inventory.support.OrgFixtures.TALENCE;
import static fr.proxima.inventory.support.OrgFixtures.TECH;
import static fr.proxima.inventory.support.OrgFixtures.VIEWER_PESSAC;
import static fr.proxima.inventory.support.OrgFixtures.VIEWER_TALENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The CI write rules against MariaDB: roles, scope, versions, unique identifiers, references, history, relations. */
@MicronautTest(startApplication = false, transactional = false)
class CiCommandsIT extends DatabaseTest {
    @Inject
    CiCommands commands;
    @Inject
    CiReader reader;
    @Inject
    ConfigurationItems facade;
    @Inject
    OrgFixtures org;

    long talenceSite;
    long pessacSite;
    long talencePerson;
    long pessacPerson;

    @BeforeAll
    void organisation() {
        talenceSite = org.site(TALENCE, "Hôtel de ville de Talence");
        pessacSite = org.site(PESSAC, "Hôtel de ville de Pessac");
        talencePerson = org.person(TALENCE, "Duprat");
        pessacPerson = org.person(PESSAC, "Lacoste");
    }

    static String tag() {
        return "PC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    CiDraft desktop(String tag, String serial, String commune, Long site, Long person) {
        return new CiDraft("DESKTOP", tag, serial, "Dell Inc.", "OptiPlex 7010", "IN_SERVICE", commune, site, person,
                "2024-02-01", "2029-01-31", "UGAP", "BC-2024-17", null, Map.of("hostname", tag.toLowerCase(),
                "ramMb", 16384));
    }

    static String code(Executable e) {
        return assertThrows(ProblemException.class, e).code();
    }

    @Test
    void a_technician_creates_a_ci_and_its_history_starts_with_one_creation_line() {
        ConfigurationItem ci = commands.create(desktop(tag(), "SN" + UUID.randomUUID().toString().substring(0, 6),
                TALENCE, talenceSite, talencePerson), TECH);
        assertThat(ci.id()).isNotNull();
        assertThat(ci.version()).isZero();
        List<HistoryEntry> history = reader.history(ci.id(), ADMIN).orElseThrow();
        assertThat(history).extracting(HistoryEntry::field, HistoryEntry::actor)
                .containsExactly(tuple("created", "tech.sud"));
    }

    @Test
    void read_only_roles_do_not_write() {
        assertThat(code(() -> commands.create(desktop(tag(), null, TALENCE, null, null), CAN))).isEqualTo("INV-3003");
        assertThat(code(() -> commands.create(desktop(tag(), null, TALENCE, null, null), VIEWER_TALENCE)))
                .isEqualTo("INV-3003");
    }

    @Test
    void asset_tags_serials_per_manufacturer_and_line_numbers_are_unique() {
        String tag = tag();
        ConfigurationItem first = commands.create(desktop(tag, "SERIAL-U1", TALENCE, null, null), ADMIN);
        assertThat(code(() -> commands.create(desktop(tag.toLowerCase(), null, TALENCE, null, null), ADMIN)))
                .isEqualTo("INV-3005");
        assertThat(code(() -> commands.create(desktop(tag(), "serial-u1", PESSAC, null, null), ADMIN)))
                .isEqualTo("INV-3006");
        CiDraft sameSerialOtherMaker = new CiDraft("DESKTOP", tag(), "SERIAL-U1", "Lenovo", null, "IN_STOCK", TALENCE,
                null, null, null, null, null, null, null, null);
        assertThat(commands.create(sameSerialOtherMaker, ADMIN).id()).isNotEqualTo(first.id());
        CiDraft phone = new CiDraft("MOBILE_PHONE", tag(), null, "Apple", "iPhone 13", "IN_SERVICE", TALENCE, null,
                null, null, null, null, null, null, Map.of("lineNumber", "06 11 22 33 44"));
        commands.create(phone, ADMIN);
        CiDraft samePhoneLine = new CiDraft("MOBILE_PHONE", tag(), null, "Apple", "iPhone 14", "IN_SERVICE", PESSAC,
                null, null, null, null, null, null, null, Map.of("lineNumber", "+33611223344"));
        assertThat(code(() -> commands.create(samePhoneLine, ADMIN))).isEqualTo("INV-3007");
    }

    @Test
    void site_and_person_must_belong_to_the_owning_commune() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> commands.create(desktop(tag(), null, TALENCE, pessacSite, pessacPerson), ADMIN));
        assertThat(e.code()).isEqualTo("INV-3001");
        assertThat(e.fieldErrors()).extracting(ProblemException.FieldError::field, ProblemException.FieldError::code)
                .containsExactlyInAnyOrder(tuple("site", "not_in_commune"),
                        tuple("person", "not_in_commune"));
        assertThat(code(() -> commands.create(desktop(tag(), null, "33999", null, null), ADMIN)))
                .isEqualTo("INV-3001");
    }

    @Test
    void a_stale_version_is_refused_and_each_changed_field_gets_a_history_line() {
        ConfigurationItem ci = commands.create(desktop(tag(), null, TALENCE, talenceSite, null), ADMIN);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("ramMb", 32768);
        attrs.put("hostname", null);
        ConfigurationItem changed = commands.patch(ci.id(), 0L, new CiPatch(null, null, null, null, null, "UNDER_REPAIR",
                null, null, talencePerson, null, null, null, null, "Carte mère changée", attrs, Set.of("site")), TECH);
        assertThat(changed.version()).isEqualTo(1L);
        assertThat(changed.details().siteId()).isNull();
        assertThat(changed.details().attributes().asMap()).containsEntry("ramMb", 32768L).doesNotContainKey("hostname");
        assertThat(reader.history(ci.id(), ADMIN).orElseThrow()).extracting(HistoryEntry::field)
                .containsExactly("created", "status", "site", "person", "notes", "attributes.hostname",
                        "attributes.ramMb");
        ProblemException stale = assertThrows(ProblemException.class, () -> commands.patch(ci.id(), 0L,
                new CiPatch(null, null, null, null, null, "IN_SERVICE", null, null, null, null, null, null, null, null,
                        null, null), TECH));
        assertThat(stale.code()).isEqualTo("INV-3002");
        assertThat(stale.extra()).containsEntry("currentVersion", 1L);
    }

    @Test
    void a_retired_ci_cannot_come_back_into_service() {
        ConfigurationItem ci = commands.create(desktop(tag(), null, TALENCE, null, null), ADMIN);
        commands.patch(ci.id(), null, CiPatch.move("RETIRED", null, null, Set.of()), ADMIN);
        ProblemException e = assertThrows(ProblemException.class,
                () -> commands.patch(ci.id(), null, CiPatch.move("IN_SERVICE", null, null, Set.of()), ADMIN));
        assertThat(e.code()).isEqualTo("INV-3010");
        assertThat(e.extra()).containsEntry("allowedStatuses", List.of());
    }

    static final String FLOIRAC = "33167";
    static final AccessScope TECH_RIVE_DROITE = new AccessScope("tech.rivedroite", 12L, Role.TECHNICIAN,
            TeamCode.of("RIVE_DROITE"), null);
    static final AccessScope MANAGER_RIVE_DROITE = new AccessScope("resp.rivedroite", 13L, Role.CENTRE_MANAGER,
            TeamCode.of("RIVE_DROITE"), null);
    static final AccessScope TECH_INFRASTRUCTURES = new AccessScope("tech.infra", 14L, Role.TECHNICIAN,
            TeamCode.of("INFRASTRUCTURES"), null);

    @Test
    void a_proximity_centre_changes_only_the_cis_of_the_communes_it_serves() {
        ConfigurationItem talence = commands.create(desktop(tag(), null, TALENCE, null, null), ADMIN);
        ConfigurationItem floirac = commands.create(desktop(tag(), null, FLOIRAC, null, null), TECH_RIVE_DROITE);
        CiPatch notes = new CiPatch(null, null, null, null, null, null, null, null, null, null, null, null, null,
                "Écran changé", null, Set.of());
        // Rive droite serves Floirac, not Talence (centre Sud): it reads Talence's CI but changes nothing of it
        assertThat(reader.find(talence.id(), TECH_RIVE_DROITE)).isPresent();
        assertThat(commands.mayChange(talence, TECH_RIVE_DROITE)).isFalse();
        assertThat(commands.mayChange(floirac, TECH_RIVE_DROITE)).isTrue();
        for (AccessScope other : List.of(TECH_RIVE_DROITE, MANAGER_RIVE_DROITE)) {
            assertThat(code(() -> commands.patch(talence.id(), 0L, notes, other))).isEqualTo("INV-3003");
            assertThat(code(() -> commands.create(desktop(tag(), null, TALENCE, null, null), other)))
                    .isEqualTo("INV-3003");
            assertThat(code(() -> commands.install(talence.id(), "VLC media player", "VideoLAN", "3.0.21", other)))
                    .isEqualTo("INV-3003");
            assertThat(code(() -> commands.relate(talence.id(), RelationType.CONNECTED_TO, floirac.id(), other)))
                    .isEqualTo("INV-3003");
        }
        assertThat(reader.find(talence.id(), ADMIN).orElseThrow().version()).isZero();
        // nor can it give its own CI away to a commune of another centre
        CiPatch toTalence = new CiPatch(null, null, null, null, null, null, TALENCE, null, null, null, null, null,
                null, null, null, Set.of());
        ProblemException refused = assertThrows(ProblemException.class,
                () -> commands.patch(floirac.id(), 0L, toTalence, TECH_RIVE_DROITE));
        assertThat(refused.code()).isEqualTo("INV-3003");
        assertThat(refused.getMessage()).contains("Talence").contains("Rive droite");
        // its own commune's CI, it changes; centre Sud changes Talence's; a central group and the admin change all
        assertThat(commands.patch(floirac.id(), 0L, notes, MANAGER_RIVE_DROITE).version()).isEqualTo(1L);
        assertThat(commands.patch(talence.id(), 0L, notes, TECH).version()).isEqualTo(1L);
        assertThat(commands.relate(talence.id(), RelationType.CONNECTED_TO, floirac.id(), TECH_INFRASTRUCTURES))
                .isPositive();
        // a relation is recorded from a CI the centre may change, even towards another centre's CI (a Floirac
        // workstation plugged into a switch another centre looks after); the other CI itself is not changed
        ConfigurationItem floiracScreen = commands.create(desktop(tag(), null, FLOIRAC, null, null), TECH_RIVE_DROITE);
        long plugged = commands.relate(floiracScreen.id(), RelationType.CONNECTED_TO, talence.id(), TECH_RIVE_DROITE);
        assertThat(reader.find(talence.id(), ADMIN).orElseThrow().version()).isEqualTo(1L);
        commands.unrelate(floiracScreen.id(), plugged, TECH_RIVE_DROITE);
        assertThat(commands.patch(floirac.id(), 1L, toTalence, ADMIN).communeCode()).isEqualTo(TALENCE);
    }

    @Test
    void an_agent_device_id_names_one_machine_only() {
        ConfigurationItem first = commands.create(desktop(tag(), null, TALENCE, null, null), ADMIN);
        String device = "pc-" + UUID.randomUUID() + "-2026-11-27-08-00-00";
        commands.patch(first.id(), 0L, new CiPatch(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, Map.of("agentDeviceId", device), Set.of()), ADMIN);
        Map<String, Object> same = new HashMap<>(desktop(tag(), null, TALENCE, null, null).attributes());
        same.put("agentDeviceId", device);
        CiDraft d = desktop(tag(), null, TALENCE, null, null);
        CiDraft twin = new CiDraft(d.type(), d.assetTag(), d.serialNumber(), d.manufacturer(), d.model(), d.status(),
                d.communeCode(), d.siteId(), d.personId(), d.acquisitionDate(), d.warrantyEnd(), d.supplier(),
                d.purchaseReference(), d.notes(), same);
        ProblemException e = assertThrows(ProblemException.class, () -> commands.create(twin, ADMIN));
        assertThat(e.code()).isEqualTo("INV-3008");
        assertThat(e.extra()).containsEntry("existingId", first.id());
    }

    @Test
    void a_commune_viewer_reads_its_commune_only_and_another_commune_s_ci_is_not_found() {
        ConfigurationItem ci = commands.create(desktop(tag(), null, TALENCE, null, null), ADMIN);
        assertThat(reader.find(ci.id(), VIEWER_TALENCE)).isPresent();
        assertThat(reader.find(ci.id(), VIEWER_PESSAC)).isEmpty();
        assertThat(reader.history(ci.id(), VIEWER_PESSAC)).isEmpty();
        assertThat(reader.software(ci.id(), VIEWER_PESSAC)).isEmpty();
        assertThat(reader.relations(ci.id(), VIEWER_PESSAC)).isEmpty();
        assertThat(reader.tickets(ci.id(), VIEWER_PESSAC)).isEmpty();
        assertThat(code(() -> facade.requireReadable(ci.id(), VIEWER_PESSAC))).isEqualTo("INV-3004");
    }

    @Test
    void relations_refuse_self_duplicates_from_either_end_and_loops_and_hide_an_out_of_scope_end() {
        ConfigurationItem pc = commands.create(desktop(tag(), null, TALENCE, null, null), ADMIN);
        ConfigurationItem screen = commands.create(new CiDraft("MONITOR", tag(), null, "iiyama", "ProLite", "IN_SERVICE",
                TALENCE, null, null, null, null, null, null, null, Map.of("screenInches", "23.8")), ADMIN);
        ConfigurationItem sw = commands.create(new CiDraft("SWITCH", tag(), null, "Cisco Systems, Inc.", "C9200",
                "IN_SERVICE", PESSAC, null, null, null, null, null, null, null, Map.of("ports", 48)), ADMIN);
        assertThat(code(() -> commands.relate(pc.id(), RelationType.CONNECTED_TO, pc.id(), TECH))).isEqualTo("INV-3020");
        commands.relate(pc.id(), RelationType.CONNECTED_TO, sw.id(), TECH);
        assertThat(code(() -> commands.relate(sw.id(), RelationType.CONNECTED_TO, pc.id(), TECH))).isEqualTo("INV-3021");
        commands.relate(screen.id(), RelationType.PART_OF, pc.id(), TECH);
        assertThat(code(() -> commands.relate(pc.id(), RelationType.PART_OF, screen.id(), TECH))).isEqualTo("INV-3022");
        assertThat(reader.relations(pc.id(), ADMIN).orElseThrow()).hasSize(2);
        assertThat(reader.relations(pc.id(), VIEWER_TALENCE).orElseThrow())
                .extracting(r -> r.other().id()).containsExactly(screen.id());
        long relation = reader.relations(pc.id(), ADMIN).orElseThrow().stream()
                .filter(r -> r.type() == RelationType.CONNECTED_TO).findFirst().orElseThrow().id();
        commands.unrelate(pc.id(), relation, TECH);
        assertThat(code(() -> commands.unrelate(pc.id(), relation, TECH))).isEqualTo("INV-3024");
        assertThat(reader.history(sw.id(), ADMIN).orElseThrow()).extracting(HistoryEntry::field)
                .containsExactly("created", "relation", "relation");
    }

    @Test
    void tickets_naming_a_ci_are_listed_within_the_reader_s_communes() {
        ConfigurationItem ci = commands.create(desktop(tag(), null, TALENCE, null, null), ADMIN);
        assertThat(facade.linkTicket(ci.id(), 101, "INC-2026-000101", TALENCE, CAN)).isTrue();
        assertThat(facade.linkTicket(ci.id(), 101, "INC-2026-000101", TALENCE, CAN)).isFalse();
        facade.linkTicket(ci.id(), 102, "INC-2026-000102", "243300316", TECH);
        assertThat(facade.ticketsOf(ci.id(), ADMIN)).hasSize(2);
        assertThat(facade.ticketsOf(ci.id(), VIEWER_TALENCE)).extracting(ConfigurationItems.LinkedTicket::ticketNumber)
                .containsExactly("INC-2026-000101");
        assertThat(facade.namedByTicket(101, VIEWER_PESSAC)).isEmpty();
        assertThat(facade.namedByTicket(101, VIEWER_TALENCE)).hasSize(1);
        assertThat(code(() -> facade.linkTicket(ci.id(), 103, "INC-2026-000103", TALENCE, VIEWER_TALENCE)))
                .isEqualTo("INV-3003");
        facade.unlinkTicket(ci.id(), 102, TECH);
        assertThat(code(() -> facade.unlinkTicket(ci.id(), 102, TECH))).isEqualTo("INV-3064");
    }

    @Test
    void software_declared_by_hand_is_listed_once_and_removed_with_history() {
        ConfigurationItem ci = commands.create(desktop(tag(), null, TALENCE, null, null), ADMIN);
        commands.install(ci.id(), "Mozilla Firefox (x64 fr)", "Mozilla", "128.0.3", TECH);
        commands.install(ci.id(), "Mozilla Firefox (x64 fr)", "Mozilla", "128.0.3", TECH);
        List<CiViews.Installed> installed = reader.software(ci.id(), ADMIN).orElseThrow();
        assertThat(installed).hasSize(1);
        commands.uninstall(ci.id(), installed.get(0).id(), TECH);
        assertThat(reader.software(ci.id(), ADMIN).orElseThrow()).isEmpty();
        assertThat(code(() -> commands.uninstall(ci.id(), installed.get(0).id(), TECH))).isEqualTo("INV-3033");
    }

    @Test
    void a_person_s_equipment_is_listed_in_service_first() {
        long person = org.person(TALENCE, "Etcheverry");
        commands.create(desktop(tag(), null, TALENCE, null, person), ADMIN);
        ConfigurationItem stock = commands.create(new CiDraft("LAPTOP", tag(), null, "Lenovo", "ThinkPad", "LENT",
                TALENCE, null, person, null, null, null, null, null, null), ADMIN);
        assertThat(reader.ofPerson(person, VIEWER_TALENCE)).extracting(c -> c.details().status())
                .containsExactly(CiStatus.IN_SERVICE, CiStatus.LENT);
        assertThat(reader.ofPerson(person, VIEWER_PESSAC)).isEmpty();
        assertThat(stock.details().personId()).isEqualTo(person);
    }
}
