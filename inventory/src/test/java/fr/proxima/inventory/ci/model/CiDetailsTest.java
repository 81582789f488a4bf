package fr.proxima.inventory.ci.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CiDetailsTest {

    static CiDraft laptop(Map<String, ?> attributes) {
        return new CiDraft("LAPTOP", " pc-tal-0042 ", "5cg1234xyz", "Hewlett-Packard", "EliteBook 840 G8",
                "En service", "33522", 12L, 34L, "15/03/2023", "2027-03-14", "UGAP", "CMD-2023-0042",
                "  Poste du service état civil ", attributes);
    }

    @Test
    void a_draft_is_normalised_into_the_stored_form() {
        CiDetails d = CiDetails.from(laptop(Map.of("hostname", "PC-TAL-0042", "ramMb", "16384",
                "macAddress", "aa-bb-cc-dd-ee-ff")), CiAttributes.empty());
        assertThat(d.type()).isEqualTo(CiType.LAPTOP);
        assertThat(d.assetTag()).isEqualTo("PC-TAL-0042");
        assertThat(d.serialNumber()).isEqualTo("5CG1234XYZ");
        assertThat(d.manufacturer()).isEqualTo("HP");
        assertThat(d.status()).isEqualTo(CiStatus.IN_SERVICE);
        assertThat(d.acquisitionDate()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(d.notes()).isEqualTo("Poste du service état civil");
        assertThat(d.attributes().asMap()).containsEntry("hostname", "pc-tal-0042").containsEntry("ramMb", 16384L)
                .containsEntry("macAddress", "AA:BB:CC:DD:EE:FF");
    }

    @Test
    void every_violation_of_a_draft_is_reported_at_once_with_its_field() {
        CiDraft bad = new CiDraft("FRIDGE", "x", "To be filled by O.E.M.", " ", null, "LOST", "Talence", null, null,
                "2023-13-01", null, null, null, null, null);
        assertThatThrownBy(() -> CiDetails.from(bad, CiAttributes.empty()))
                .isInstanceOfSatisfying(CiRuleViolation.class, v -> {
                    assertThat(v.code()).isEqualTo("INV-3001");
                    assertThat(v.violations()).extracting(Violation::field).containsExactlyInAnyOrder("type",
                            "assetTag", "serialNumber", "manufacturer", "status", "commune", "acquisitionDate");
                });
    }

    @Test
    void a_lent_item_needs_a_person_and_a_warranty_cannot_end_before_the_purchase() {
        CiDraft lent = new CiDraft("TABLET", "TAB-001", null, "Apple", "iPad", "LENT", "33522", null, null,
                "2024-01-10", "2023-01-10", null, null, null, null);
        assertThatThrownBy(() -> CiDetails.from(lent, CiAttributes.empty()))
                .isInstanceOfSatisfying(CiRuleViolation.class, v -> assertThat(v.violations())
                        .extracting(Violation::field, Violation::code)
                        .contains(tuple("person", "required"),
                                tuple("warrantyEnd", "before_acquisition")));
    }

    @Test
    void attributes_are_checked_against_the_type() {
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("lineNumber", "06 12 34 56 78");
        attrs.put("ramMb", "beaucoup");
        attrs.put("ipAddress", "10.0.300.1");
        assertThatThrownBy(() -> CiDetails.from(laptop(attrs), CiAttributes.empty()))
                .isInstanceOfSatisfying(CiRuleViolation.class, v -> assertThat(v.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactlyInAnyOrder(tuple("attributes.lineNumber", "unknown"),
                                tuple("attributes.ramMb", "invalid"),
                                tuple("attributes.ipAddress", "invalid")));
    }

    @Test
    void a_mobile_line_is_stored_as_its_ten_digits_and_an_imei_must_pass_luhn() {
        CiDraft phone = new CiDraft("MOBILE_PHONE", "TEL-0001", "R58N123ABC", "Samsung Electronics Co., Ltd.",
                "Galaxy A54", "IN_SERVICE", "33522", null, null, null, null, null, null, null,
                Map.of("lineNumber", "+33 6 12 34 56 78", "operator", "Orange", "plan", "Pro 20 Go",
                        "imei", "490154203237518"));
        CiDetails d = CiDetails.from(phone, CiAttributes.empty());
        assertThat(d.manufacturer()).isEqualTo("Samsung");
        assertThat(d.attributes().asMap()).containsEntry("lineNumber", "0612345678")
                .containsEntry("imei", "490154203237518");
        CiDraft badImei = new CiDraft("MOBILE_PHONE", "TEL-0002", null, "Apple", null, "IN_STOCK", "33522", null,
                null, null, null, null, null, null, Map.of("imei", "490154203237519"));
        assertThatThrownBy(() -> CiDetails.from(badImei, CiAttributes.empty()))
                .isInstanceOf(CiRuleViolation.class);
    }

    @Test
    void attributes_merge_over_the_current_ones_and_a_null_value_removes_one() {
        CiAttributes base = CiAttributes.of(CiType.DESKTOP, Map.of("hostname", "pc1", "ramMb", 8192), new java.util.ArrayList<>());
        Map<String, Object> patch = new HashMap<>();
        patch.put("ramMb", 16384);
        patch.put("hostname", null);
        CiAttributes next = base.with(CiType.DESKTOP, patch, new java.util.ArrayList<>());
        assertThat(next.asMap()).containsExactly(Map.entry("ramMb", 16384L));
        assertThat(base.changesTo(next)).containsExactly(
                new FieldChange("attributes.hostname", "pc1", null),
                new FieldChange("attributes.ramMb", "8192", "16384"));
    }

    @Test
    void changing_the_type_refuses_the_attributes_the_new_type_does_not_have() {
        CiAttributes desktop = CiAttributes.of(CiType.DESKTOP, Map.of("cpu", "Intel Core i5"), new java.util.ArrayList<>());
        List<Violation> errors = new java.util.ArrayList<>();
        desktop.with(CiType.MONITOR, Map.of(), errors);
        assertThat(errors).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("attributes.cpu", "not_for_type"));
    }

    @Test
    void the_same_values_from_json_compare_equal_after_a_round_trip() {
        CiAttributes typed = CiAttributes.of(CiType.MONITOR, Map.of("screenInches", "23,8"), new java.util.ArrayList<>());
        CiAttributes stored = CiAttributes.stored(CiType.MONITOR, Map.of("screenInches", 23.8));
        assertThat(stored).isEqualTo(typed);
        CiAttributes counters = CiAttributes.of(CiType.COPIER, Map.of("pageCounter", "125 000", "color", "oui"),
                new java.util.ArrayList<>());
        assertThat(CiAttributes.stored(CiType.COPIER, Map.of("pageCounter", 125000, "color", true)))
                .isEqualTo(counters);
    }

    @Test
    void the_diff_names_each_changed_field_once() {
        CiDetails before = CiDetails.from(laptop(Map.of("ramMb", 8192)), CiAttributes.empty());
        CiDetails after = CiDetails.from(new CiDraft("LAPTOP", "PC-TAL-0042", "5CG1234XYZ", "HP", "EliteBook 840 G8",
                "UNDER_REPAIR", "33522", 12L, null, "2023-03-15", "2027-03-14", "UGAP", "CMD-2023-0042",
                "Poste du service état civil", Map.of("ramMb", 16384)), CiAttributes.empty());
        assertThat(before.changesTo(after)).extracting(FieldChange::field)
                .containsExactly("status", "person", "attributes.ramMb");
        assertThat(before.changesTo(before)).isEmpty();
    }
}
