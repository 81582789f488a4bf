package fr.proxima.inventory.stock.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The replenishment suggestion for one article across the centres (the supply strategy the configuration centre
 * coordinates). For each centre:
 * <pre>
 *   weekly    = max(0, issued + scrapped − returned over the last 12 weeks) / 12
 *   cover     = lead time of the article (weeks) + review period (weeks)
 *   need      = max(minimum threshold, ⌈weekly × cover⌉)
 *   shortfall = max(0, need − on hand)          what the centre lacks to cover its need
 *   surplus   = max(0, on hand − need)          what it can give away and still cover its need
 * </pre>
 * Then the shortfalls are covered from the other centres' surpluses first (a transfer costs a van trip, an order a
 * supplier's delay and money): the largest shortfall takes from the largest surplus, and so on; what no surplus
 * covers is to be ordered from a supplier for that centre. Deterministic: ties are broken by centre code.
 */
public final class ReplenishmentPolicy {
    /** The consumption window, in weeks. */
    public static final int WINDOW_WEEKS = 12;

    private final int reviewWeeks;

    public ReplenishmentPolicy(int reviewWeeks) {
        if (reviewWeeks < 0 || reviewWeeks > 52) {
            throw new IllegalArgumentException("review period out of range: " + reviewWeeks);
        }
        this.reviewWeeks = reviewWeeks;
    }

    public int reviewWeeks() {
        return reviewWeeks;
    }

    /** What a centre holds of the article and used over the window. */
    public record Position(String centre, int onHand, int threshold, int consumed) {
        public Position {
            if (onHand < 0 || threshold < 0) {
                throw new IllegalArgumentException("negative stock or threshold");
            }
        }
    }

    /** One centre's figures. */
    public record Line(String centre, int onHand, int threshold, int consumed, double weekly, int need,
                       int shortfall, int surplus) {
        public boolean belowThreshold() {
            return onHand < threshold;
        }
    }

    /** Move {@code quantity} from one centre to another. */
    public record Transfer(String fromCentre, String toCentre, int quantity) {
    }

    /** Order {@code quantity} from a supplier, delivered to the centre. */
    public record Order(String centre, int quantity) {
    }

    public record Plan(List<Line> lines, List<Transfer> transfers, List<Order> orders) {
    }

    /** The line of one centre. */
    public Line line(Position p, int leadTimeWeeks) {
        int net = Math.max(0, p.consumed());
        double weekly = (double) net / WINDOW_WEEKS;
        int cover = Math.max(0, leadTimeWeeks) + reviewWeeks;
        // exact ceiling of net × cover / 12 in integers: no floating-point surprise on whole numbers
        long covering = ((long) net * cover + WINDOW_WEEKS - 1) / WINDOW_WEEKS;
        int need = (int) Math.max(p.threshold(), Math.min(Integer.MAX_VALUE, covering));
        int shortfall = Math.max(0, need - p.onHand());
        int surplus = Math.max(0, p.onHand() - need);
        return new Line(p.centre(), p.onHand(), p.threshold(), net, weekly, need, shortfall, surplus);
    }

    /** The plan for one article over the given centres. */
    public Plan plan(List<Position> positions, int leadTimeWeeks) {
        List<Line> lines = positions.stream().map(p -> line(p, leadTimeWeeks))
                .sorted(Comparator.comparing(Line::centre)).toList();
        List<int[]> shortfalls = new ArrayList<>(); // [index, remaining]
        List<int[]> surpluses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).shortfall() > 0) {
                shortfalls.add(new int[]{i, lines.get(i).shortfall()});
            }
            if (lines.get(i).surplus() > 0) {
                surpluses.add(new int[]{i, lines.get(i).surplus()});
            }
        }
        Comparator<int[]> largestFirst = Comparator.<int[]>comparingInt(a -> -a[1])
                .thenComparing(a -> lines.get(a[0]).centre());
        shortfalls.sort(largestFirst);
        surpluses.sort(largestFirst);
        List<Transfer> transfers = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (int[] s : shortfalls) {
            for (int[] giver : surpluses) {
                if (s[1] == 0) {
                    break;
                }
                int q = Math.min(s[1], giver[1]);
                if (q > 0) {
                    transfers.add(new Transfer(lines.get(giver[0]).centre(), lines.get(s[0]).centre(), q));
                    s[1] -= q;
                    giver[1] -= q;
                }
            }
            if (s[1] > 0) {
                orders.add(new Order(lines.get(s[0]).centre(), s[1]));
            }
        }
        return new Plan(lines, List.copyOf(transfers), List.copyOf(orders));
    }
}
