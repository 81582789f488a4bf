package fr.proxima.inventory.stock.model;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;

/**
 * Who may see and move stock. Stock belongs to a proximity centre, not to a commune:
 * <ul>
 *   <li>COMMUNE_VIEWER: nothing (stock is the DSI's working material, not a commune's record);</li>
 *   <li>CAN_AGENT: reads every centre's stock (to tell a caller a spare exists), moves nothing;</li>
 *   <li>TECHNICIAN: reads every centre's stock (to ask a neighbour); moves the stock of its own centre: receipts,
 *       returns and incoming transfers into it, issues, scraps and outgoing transfers out of it;</li>
 *   <li>CENTRE_MANAGER: as a technician, and sets the minimum thresholds of its centre;</li>
 *   <li>ADMIN (the configuration centre): everything, including the article catalogue and every threshold.</li>
 * </ul>
 * A transfer is recorded by the giving centre (it takes the goods out); the receiving centre sees it in its
 * movements.
 */
public final class StockPermissions {
    private StockPermissions() {
    }

    public static boolean mayRead(AccessScope scope) {
        return scope.role() != Role.COMMUNE_VIEWER;
    }

    /** Whether the scope may record the movement (centres as given in it). */
    public static boolean mayMove(AccessScope scope, Movement m) {
        return switch (scope.role()) {
            case ADMIN -> true;
            case TECHNICIAN, CENTRE_MANAGER -> {
                String own = scope.team() == null ? null : scope.team().value();
                if (own == null) {
                    yield false;
                }
                // the centre whose stock the movement changes first: the giving one, else the receiving one
                String acting = m.kind().takesFromCentre() ? m.fromCentre() : m.toCentre();
                yield own.equals(acting);
            }
            default -> false;
        };
    }

    /** Whether the scope may set the minimum threshold of the centre. */
    public static boolean maySetThreshold(AccessScope scope, String centre) {
        return scope.isAdmin() || (scope.role() == Role.CENTRE_MANAGER && scope.team() != null
                && scope.team().value().equals(centre));
    }

    /** Whether the scope may create or change articles of the catalogue. */
    public static boolean mayEditCatalogue(AccessScope scope) {
        return scope.isAdmin();
    }
}
