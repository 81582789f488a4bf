package fr.proxima.inventory.ci.model;

import fr.proxima.inventory.ci.model.RelationRules.Link;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CiRulesTest {

    static CiDetails desktop(String status) {
        return CiDetails.from(new CiDraft("DESKTOP", "PC-0001", "ABC123", "Dell", "OptiPlex 7010", status, "33522",
                null, null, null, null, null, null, null, Map.of()), CiAttributes.empty());
    }

    @Test
    void a_retired_item_never_comes_back_and_the_refusal_lists_what_is_allowed() {
        ConfigurationItem ci = new ConfigurationItem(1L, 3L, desktop("RETIRED"), null, "admin", Instant.EPOCH,
                Instant.EPOCH);
        assertThatThrownBy(() -> ci.change(desktop("IN_SERVICE"), Instant.now()))
                .isInstanceOfSatisfying(CiRuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("INV-3010");
                    assertThat(v.allowed()).isEmpty();
                });
        assertThat(CiStatus.IN_STOCK.nextNames()).containsExactly("IN_SERVICE", "UNDER_REPAIR", "LENT", "RETIRED");
    }

    @Test
    void a_change_records_its_fields_and_nothing_when_nothing_changed() {
        ConfigurationItem ci = new ConfigurationItem(1L, 3L, desktop("IN_STOCK"), null, "admin", Instant.EPOCH,
                Instant.EPOCH);
        assertThat(ci.change(desktop("IN_STOCK"), Instant.now())).isEmpty();
        assertThat(ci.change(desktop("IN_SERVICE"), Instant.parse("2026-11-26T10:00:00Z")))
                .containsExactly(new FieldChange("status", "IN_STOCK", "IN_SERVICE"));
        assertThat(ci.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(ConfigurationItem.create(desktop("IN_STOCK"), "admin", Instant.EPOCH).changes())
                .containsExactly(new FieldChange("created", null, "DESKTOP PC-0001"));
    }

    @Test
    void no_relation_to_itself() {
        assertThatThrownBy(() -> RelationRules.check(5, RelationType.CONNECTED_TO, 5, Set.of(), id -> List.of()))
                .isInstanceOfSatisfying(CiRuleViolation.class, v -> assertThat(v.code()).isEqualTo("INV-3020"));
    }

    @Test
    void a_symmetric_relation_entered_from_the_other_end_is_a_duplicate() {
        Link existing = Link.of(3, RelationType.CONNECTED_TO, 9);
        assertThat(existing).isEqualTo(new Link(3, RelationType.CONNECTED_TO, 9));
        assertThatThrownBy(() -> RelationRules.check(9, RelationType.CONNECTED_TO, 3, Set.of(existing),
                id -> List.of()))
                .isInstanceOfSatisfying(CiRuleViolation.class, v -> assertThat(v.code()).isEqualTo("INV-3021"));
        assertThat(RelationRules.check(9, RelationType.PART_OF, 3, Set.of(existing), id -> List.of()))
                .isEqualTo(new Link(9, RelationType.PART_OF, 3));
    }

    @Test
    void a_directed_relation_may_not_close_a_loop() {
        // 1 part of 2, 2 part of 3: 3 part of 1 would loop
        Map<Long, List<Long>> partOf = Map.of(1L, List.of(2L), 2L, List.of(3L));
        assertThatThrownBy(() -> RelationRules.check(3, RelationType.PART_OF, 1, Set.of(),
                id -> partOf.getOrDefault(id, List.of())))
                .isInstanceOfSatisfying(CiRuleViolation.class, v -> assertThat(v.code()).isEqualTo("INV-3022"));
        assertThat(RelationRules.check(4, RelationType.PART_OF, 1, Set.of(), id -> partOf.getOrDefault(id, List.of())))
                .isNotNull();
    }

    @Test
    void firmware_placeholders_are_no_serial_numbers() {
        assertThat(SerialNumber.fromAgent("To be filled by O.E.M.")).isNull();
        assertThat(SerialNumber.fromAgent("0000000000")).isNull();
        assertThat(SerialNumber.fromAgent("Default string")).isNull();
        assertThat(SerialNumber.fromAgent(" 5cg 1234xyz ")).isEqualTo("5CG1234XYZ");
    }

    @Test
    void manufacturers_have_one_name_whatever_the_firmware_says() {
        assertThat(Manufacturers.canonical("Hewlett-Packard")).isEqualTo("HP");
        assertThat(Manufacturers.canonical("HP Inc.")).isEqualTo("HP");
        assertThat(Manufacturers.canonical("Dell Inc.")).isEqualTo("Dell");
        assertThat(Manufacturers.canonical("LENOVO")).isEqualTo("Lenovo");
        assertThat(Manufacturers.canonical("ASUSTeK COMPUTER INC.")).isEqualTo("ASUS");
        assertThat(Manufacturers.canonical("Acme  Informatique SAS")).isEqualTo("Acme Informatique");
        assertThat(Manufacturers.canonical("  ")).isNull();
    }

    @Test
    void types_and_statuses_are_read_from_their_codes_or_their_french_labels() {
        assertThat(CiType.parse("copieur multifonction")).contains(CiType.COPIER);
        assertThat(CiType.parse("wifi-access-point")).contains(CiType.WIFI_ACCESS_POINT);
        assertThat(CiType.parse("Écran")).contains(CiType.MONITOR);
        assertThat(CiStatus.parse("réformé")).contains(CiStatus.RETIRED);
        assertThat(CiStatus.parse("in service")).contains(CiStatus.IN_SERVICE);
        assertThat(CiType.parse("frigo")).isEmpty();
    }
}
