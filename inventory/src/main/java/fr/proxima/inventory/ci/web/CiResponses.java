package fr.proxima.inventory.ci.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.inventory.ci.infrastructure.CiPage;
import fr.proxima.inventory.ci.infrastructure.CiViews;
import fr.proxima.inventory.ci.infrastructure.HistoryEntry;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.CiStatus;
import fr.proxima.inventory.ci.model.CiType;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.RelationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The response records of the CI API. */
final class CiResponses {
    private CiResponses() {
    }

    /** A reference to an organisation record: its id or code and its name (null when out of the reader's scope). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Ref(String id, @Nullable String name) {
        static Ref of(Long id, Map<Long, String> names) {
            return id == null ? null : new Ref(id.toString(), names.get(id));
        }
    }

    /** A CI in a list. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CiSummary(long id, String assetTag, CiType type, String typeLabel, @Nullable String serialNumber,
                     String manufacturer, @Nullable String model, CiStatus status, Ref commune, @Nullable Ref site,
                     @Nullable Ref person, @Nullable String hostname, @Nullable LocalDate warrantyEnd,
                     @Nullable Instant lastAgentReportAt, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CiList(List<CiSummary> items, int page, int size, boolean hasNext, long total, String sort) {
    }

    /**
     * A CI in full, with what its page shows: attributes, installed software, relations, tickets, history, the
     * statuses it may move to.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CiResponse(long id, String assetTag, CiType type, String typeLabel, String category,
                      @Nullable String serialNumber, String manufacturer, @Nullable String model, CiStatus status,
                      String statusLabel, List<String> allowedStatuses, Ref commune, @Nullable Ref site,
                      @Nullable Ref person, @Nullable LocalDate acquisitionDate, @Nullable LocalDate warrantyEnd,
                      @Nullable String supplier, @Nullable String purchaseReference, @Nullable String notes,
                      Map<String, Object> attributes, @Nullable Instant lastAgentReportAt, String createdBy,
                      Instant createdAt, Instant updatedAt, long version, List<InstalledLine> software,
                      List<RelationLine> relations, List<TicketLine> tickets, List<HistoryLine> history,
                      boolean mayChange) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record InstalledLine(long id, String name, @Nullable String publisher, String version, @Nullable Long softwareId,
                         @Nullable String catalogueName, @Nullable String catalogueStatus,
                         @Nullable LocalDate installedOn, Instant foundAt) {
        static InstalledLine of(CiViews.Installed i) {
            return new InstalledLine(i.id(), i.name(), i.publisher(), i.version(), i.softwareId(), i.catalogueName(),
                    i.catalogueStatus(), i.installedOn(), i.foundAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OtherCi(long id, String assetTag, CiType type, String manufacturer, @Nullable String model,
                   CiStatus status, String commune) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RelationLine(long id, RelationType type, String label, String direction, OtherCi other, String createdBy,
                        Instant createdAt) {
        static RelationLine of(CiViews.Relation r) {
            CiViews.CiRef o = r.other();
            String direction = r.type().symmetric() ? "BOTH" : r.outgoing() ? "OUTGOING" : "INCOMING";
            return new RelationLine(r.id(), r.type(), r.type().label(), direction, new OtherCi(o.id(), o.assetTag(),
                    o.type(), o.manufacturer(), o.model(), o.status(), o.communeCode()), r.createdBy(), r.createdAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketLine(long ticketId, String number, String commune, String linkedBy, Instant linkedAt) {
        static TicketLine of(CiViews.TicketLink t) {
            return new TicketLine(t.ticketId(), t.ticketNumber(), t.ticketCommune(), t.linkedBy(), t.linkedAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HistoryLine(long id, Instant at, String actor, String field, @Nullable String oldValue,
                       @Nullable String newValue) {
        static HistoryLine of(HistoryEntry e) {
            return new HistoryLine(e.id(), e.at(), e.actor(), e.field(), e.oldValue(), e.newValue());
        }
    }

    /** {@code GET /api/ci-types}: a type, its French label and the attributes it carries. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TypeLine(CiType type, String label, String category, String categoryLabel, List<AttributeLine> attributes) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AttributeLine(String key, String label, String kind, @Nullable Long min, @Nullable Long max,
                         List<String> choices) {
    }

    static CiSummary summary(ConfigurationItem ci, ReferenceNames.Names names) {
        CiDetails d = ci.details();
        return new CiSummary(ci.id(), d.assetTag(), d.type(), d.type().label(), d.serialNumber(), d.manufacturer(),
                d.model(), d.status(), new Ref(d.communeCode(), names.commune(d.communeCode())),
                Ref.of(d.siteId(), names.sites()), Ref.of(d.personId(), names.people()),
                d.attributes().text("hostname"), d.warrantyEnd(), ci.lastAgentReportAt(),
                ci.version() == null ? 0 : ci.version());
    }

    static CiList list(CiPage<ConfigurationItem> page, ReferenceNames.Names names, String sort) {
        return new CiList(page.items().stream().map(c -> summary(c, names)).toList(), page.page(), page.size(),
                page.hasNext(), page.total(), sort);
    }

    static CiResponse full(ConfigurationItem ci, ReferenceNames.Names names, List<CiViews.Installed> software,
                           List<CiViews.Relation> relations, List<CiViews.TicketLink> tickets,
                           List<HistoryEntry> history, boolean mayChange) {
        CiDetails d = ci.details();
        return new CiResponse(ci.id(), d.assetTag(), d.type(), d.type().label(), d.type().category().name(),
                d.serialNumber(), d.manufacturer(), d.model(), d.status(), d.status().label(), d.status().nextNames(),
                new Ref(d.communeCode(), names.commune(d.communeCode())), Ref.of(d.siteId(), names.sites()),
                Ref.of(d.personId(), names.people()), d.acquisitionDate(), d.warrantyEnd(), d.supplier(),
                d.purchaseReference(), d.notes(), d.attributes().asMap(), ci.lastAgentReportAt(), ci.createdBy(),
                ci.createdAt(), ci.updatedAt(), ci.version() == null ? 0 : ci.version(),
                software.stream().map(InstalledLine::of).toList(),
                relations.stream().map(RelationLine::of).toList(),
                tickets.stream().map(TicketLine::of).toList(),
                history.stream().map(HistoryLine::of).toList(), mayChange);
    }
}
