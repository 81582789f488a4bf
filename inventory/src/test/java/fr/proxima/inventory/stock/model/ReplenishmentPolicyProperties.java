package fr.proxima.inventory.stock.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the replenishment plan, against a slow reference computed here. */
class ReplenishmentPolicyProperties {

    @Provide
    Arbitrary<List<ReplenishmentPolicy.Position>> centres() {
        Arbitrary<ReplenishmentPolicy.Position> one = Combinators.combine(
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(-20, 200)).as((onHand, threshold, consumed) ->
                new ReplenishmentPolicy.Position("X", onHand, threshold, consumed));
        return one.list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<ReplenishmentPolicy.Position> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                var p = list.get(i);
                named.add(new ReplenishmentPolicy.Position("C" + i, p.onHand(), p.threshold(), p.consumed()));
            }
            return named;
        });
    }

    @Property
    void every_shortfall_is_covered_exactly_by_transfers_and_orders_and_no_giver_goes_below_its_need(
            @ForAll("centres") List<ReplenishmentPolicy.Position> centres,
            @ForAll @IntRange(min = 0, max = 8) int leadTime, @ForAll @IntRange(min = 0, max = 6) int review) {
        ReplenishmentPolicy policy = new ReplenishmentPolicy(review);
        var plan = policy.plan(centres, leadTime);
        Map<String, Integer> after = new HashMap<>();
        Map<String, Integer> need = new HashMap<>();
        for (var p : centres) {
            after.put(p.centre(), p.onHand());
            // slow reference of the need: count whole units until the cover is reached
            double weekly = Math.max(0, p.consumed()) / 12.0;
            int units = 0;
            while (units < weekly * (leadTime + review) - 1e-9) {
                units++;
            }
            need.put(p.centre(), Math.max(p.threshold(), units));
        }
        for (var t : plan.transfers()) {
            assertThat(t.quantity()).isPositive();
            assertThat(t.fromCentre()).isNotEqualTo(t.toCentre());
            after.merge(t.fromCentre(), -t.quantity(), Integer::sum);
            after.merge(t.toCentre(), t.quantity(), Integer::sum);
        }
        for (var o : plan.orders()) {
            assertThat(o.quantity()).isPositive();
            after.merge(o.centre(), o.quantity(), Integer::sum);
        }
        for (var p : centres) {
            int n = need.get(p.centre());
            assertThat(policy.line(p, leadTime).need()).isEqualTo(n);
            if (p.onHand() >= n) {
                assertThat(after.get(p.centre())).as("a giver keeps its need").isGreaterThanOrEqualTo(n);
            } else {
                assertThat(after.get(p.centre())).as("a centre short of its need reaches it exactly").isEqualTo(n);
            }
        }
        int totalShortfall = plan.lines().stream().mapToInt(ReplenishmentPolicy.Line::shortfall).sum();
        int moved = plan.transfers().stream().mapToInt(ReplenishmentPolicy.Transfer::quantity).sum();
        int ordered = plan.orders().stream().mapToInt(ReplenishmentPolicy.Order::quantity).sum();
        int totalSurplus = plan.lines().stream().mapToInt(ReplenishmentPolicy.Line::surplus).sum();
        assertThat(moved + ordered).isEqualTo(totalShortfall);
        assertThat(moved).as("transfers first: order only what no surplus covers")
                .isEqualTo(Math.min(totalShortfall, totalSurplus));
    }
}
