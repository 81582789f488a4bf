package fr.proxima.inventory.stock.model;

import fr.proxima.inventory.stock.model.ReplenishmentPolicy.Order;
import fr.proxima.inventory.stock.model.ReplenishmentPolicy.Position;
import fr.proxima.inventory.stock.model.ReplenishmentPolicy.Transfer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplenishmentPolicyTest {
    private final ReplenishmentPolicy policy = new ReplenishmentPolicy(2);

    @Test
    void the_need_covers_the_weekly_consumption_over_lead_time_plus_review_period() {
        // 24 toners in 12 weeks = 2 a week; lead time 2 + review 2 = 4 weeks → need 8
        var line = policy.line(new Position("SUD", 3, 5, 24), 2);
        assertThat(line.weekly()).isEqualTo(2.0);
        assertThat(line.need()).isEqualTo(8);
        assertThat(line.shortfall()).isEqualTo(5);
        assertThat(line.surplus()).isZero();
        assertThat(line.belowThreshold()).isTrue();
    }

    @Test
    void the_threshold_is_a_floor_of_the_need_when_little_is_used() {
        var line = policy.line(new Position("SUD", 1, 4, 1), 2);
        assertThat(line.need()).isEqualTo(4); // ⌈1 × 4 / 12⌉ = 1 < threshold 4
        assertThat(line.shortfall()).isEqualTo(3);
    }

    @Test
    void the_need_is_rounded_up_to_a_whole_unit() {
        assertThat(policy.line(new Position("SUD", 0, 0, 13), 2).need()).isEqualTo(5); // 13 × 4 / 12 = 4.33
        assertThat(policy.line(new Position("SUD", 0, 0, 0), 2).need()).isZero();
    }

    @Test
    void returns_beyond_issues_count_as_no_consumption() {
        var line = policy.line(new Position("SUD", 2, 0, -6), 2);
        assertThat(line.consumed()).isZero();
        assertThat(line.surplus()).isEqualTo(2);
    }

    @Test
    void a_centre_above_its_need_supplies_one_below_before_anything_is_ordered() {
        var plan = policy.plan(List.of(
                new Position("SUD", 0, 4, 12),           // need max(4, 4) = 4, shortfall 4
                new Position("OUEST_NORD", 10, 2, 12),   // need 4, surplus 6
                new Position("RIVE_DROITE", 0, 10, 0)), 2); // need 10, shortfall 10
        assertThat(plan.transfers()).containsExactly(
                new Transfer("OUEST_NORD", "RIVE_DROITE", 6));
        assertThat(plan.orders()).containsExactlyInAnyOrder(new Order("RIVE_DROITE", 4), new Order("SUD", 4));
    }

    @Test
    void nothing_is_suggested_when_every_centre_covers_its_need() {
        var plan = policy.plan(List.of(new Position("SUD", 9, 4, 12), new Position("OUEST_NORD", 4, 4, 0)), 2);
        assertThat(plan.transfers()).isEmpty();
        assertThat(plan.orders()).isEmpty();
    }
}
