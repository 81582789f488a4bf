package fr.proxima.inventory.ci.infrastructure;

import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;
import fr.proxima.inventory.ci.model.RelationType;

import java.time.Instant;
import java.time.LocalDate;

/** What the CI reader returns besides the aggregate itself: the parts of a CI page. */
public final class CiViews {
    private CiViews() {
    }

    /** Another CI, in a few words. */
    public record CiRef(long id, String assetTag, CiType type, String manufacturer, String model, CiStatus status,
                        String communeCode) {
    }

    /**
     * A relation seen from one CI: {@code outgoing} when this CI is the source ("installé sur" the other), else
     * incoming; for a symmetric type the direction means nothing.
     */
    public record Relation(long id, RelationType type, boolean outgoing, CiRef other, String createdBy,
                           Instant createdAt) {
    }

    /** A software on a machine, with its catalogue entry's status when there is one. */
    public record Installed(long id, String name, String publisher, String version, Long softwareId,
                            String catalogueName, String catalogueStatus, LocalDate installedOn, Instant foundAt) {
    }

    /** A ticket naming the CI (its number and commune as recorded when it was linked). */
    public record TicketLink(long ticketId, String ticketNumber, String ticketCommune, String linkedBy,
                             Instant linkedAt) {
    }
}
