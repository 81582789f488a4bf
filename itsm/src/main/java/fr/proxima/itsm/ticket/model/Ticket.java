package fr.proxima.itsm.ticket.model;

import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An incident or a service request: the aggregate owning the lifecycle rules. Each action checks that the current
 * state allows it ({@link TicketLifecycle}), applies it and records the changed fields; the caller stores them as
 * history and publishes the events. Who may act is checked by the application layer with
 * {@link TicketPermissions} before calling an action.
 */
public final class Ticket {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int RESOLUTION_TEXT_MAX = 4_000;
    public static final int CANCEL_REASON_MAX = 1_000;

    private final Long id;
    private final String number;
    private final TicketType type;
    private String title;
    private String description;
    private final String communeCode;
    private final String centreCode;
    private String assignedTeam;
    private Long assigneeId;
    private Long requesterId;
    private Long siteId;
    private String categoryCode;
    private Impact impact;
    private Urgency urgency;
    private Priority priority;
    private boolean vip;
    private TicketStatus status;
    private PendingReason pendingReason;
    private ResolutionCode resolutionCode;
    private String resolutionText;
    private String cancelReason;
    private final Long callId;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private final Long version;

    private final List<FieldChange> changes = new ArrayList<>();

    /** Rebuilds a stored ticket. */
    public Ticket(TicketSnapshot s) {
        this.id = s.id();
        this.number = s.number();
        this.type = s.type();
        this.title = s.title();
        this.description = s.description();
        this.communeCode = s.communeCode();
        this.centreCode = s.centreCode();
        this.assignedTeam = s.assignedTeam();
        this.assigneeId = s.assigneeId();
        this.requesterId = s.requesterId();
        this.siteId = s.siteId();
        this.categoryCode = s.categoryCode();
        this.impact = s.impact();
        this.urgency = s.urgency();
        this.priority = s.priority();
        this.vip = s.vip();
        this.status = s.status();
        this.pendingReason = s.pendingReason();
        this.resolutionCode = s.resolutionCode();
        this.resolutionText = s.resolutionText();
        this.cancelReason = s.cancelReason();
        this.callId = s.callId();
        this.createdBy = s.createdBy();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.resolvedAt = s.resolvedAt();
        this.closedAt = s.closedAt();
        this.version = s.version();
    }

    /**
     * Opens a ticket: NEW, in the queue of the centre the routing policy chose, with the priority of the matrix in
     * force (raised for a VIP requester).
     */
    public static Ticket open(NewTicket t, TicketNumber number, String centreCode, PriorityMatrix matrix,
                              String createdBy, Instant at) {
        Objects.requireNonNull(t.type(), "type");
        Objects.requireNonNull(centreCode, "centre");
        checkTitle(t.title(), TicketStatus.NEW);
        checkDescription(t.description(), TicketStatus.NEW);
        if (number.type() != t.type()) {
            throw new IllegalArgumentException("number " + number + " is not of type " + t.type());
        }
        Priority priority = matrix.priorityFor(t.impact(), t.urgency(), t.vipRequester());
        Ticket ticket = new Ticket(new TicketSnapshot(null, number.value(), t.type(), t.title().strip(),
                blankToNull(t.description()), t.communeCode(), centreCode, centreCode, null, t.requesterId(),
                t.siteId(), t.categoryCode(), t.impact(), t.urgency(), priority, t.vipRequester(), TicketStatus.NEW,
                null, null, null, null, t.callId(), createdBy, at, at, null, null, null));
        ticket.changes.add(new FieldChange("status", null, TicketStatus.NEW.name()));
        return ticket;
    }

    // ---------------------------------------------------------------- editing

    /**
     * Changes the description fields and the classification; the priority is recomputed from the matrix in force
     * and the requester's VIP flag. Only the fields that really change are recorded.
     */
    public void edit(String newTitle, String newDescription, String newCategory, Long newSite, Long newRequester,
                     boolean newVip, Impact newImpact, Urgency newUrgency, PriorityMatrix matrix, Instant at) {
        TicketLifecycle.require(status, TicketAction.EDIT);
        checkTitle(newTitle, status);
        checkDescription(newDescription, status);
        title = set("title", title, newTitle.strip());
        description = set("description", description, blankToNull(newDescription));
        categoryCode = set("category", categoryCode, newCategory);
        siteId = set("site", siteId, newSite);
        requesterId = set("requester", requesterId, newRequester);
        vip = set("vip", vip, newVip);
        impact = set("impact", impact, newImpact);
        urgency = set("urgency", urgency, newUrgency);
        priority = set("priority", priority, matrix.priorityFor(impact, urgency, vip));
        touch(at);
    }

    // ---------------------------------------------------------------- transitions

    /**
     * Assigns to a team, and optionally to a person of that team (membership checked by the caller). To a person:
     * ASSIGNED (a PENDING ticket stays PENDING). To a team alone: back to NEW in that team's queue (a PENDING ticket
     * stays PENDING), the assignee cleared.
     */
    public void assign(String team, Long person, Instant at) {
        TicketLifecycle.require(status, TicketAction.ASSIGN);
        if (team == null || team.isBlank()) {
            throw TicketRuleViolation.invalid("team", "L'équipe est obligatoire", status);
        }
        if (team.equals(assignedTeam) && Objects.equals(person, assigneeId)) {
            throw TicketRuleViolation.invalid("team", "Le ticket est déjà affecté à cette équipe et cette personne",
                    status);
        }
        assignedTeam = set("assignedTeam", assignedTeam, team);
        assigneeId = set("assignee", assigneeId, person);
        if (status != TicketStatus.PENDING) {
            changeStatus(person == null ? TicketStatus.NEW : TicketStatus.ASSIGNED);
        }
        touch(at);
    }

    /** A technician takes the ticket: IN_PROGRESS, assigned to them (in the same team). */
    public void take(long userId, Instant at) {
        TicketLifecycle.require(status, TicketAction.TAKE);
        assigneeId = set("assignee", assigneeId, userId);
        changeStatus(TicketStatus.IN_PROGRESS);
        touch(at);
    }

    /** Waits for the user, a supplier or a part: PENDING with its reason. */
    public void putOnHold(PendingReason reason, Instant at) {
        TicketLifecycle.require(status, TicketAction.HOLD);
        if (reason == null) {
            throw TicketRuleViolation.invalid("reason", "Le motif d'attente est obligatoire", status);
        }
        pendingReason = set("pendingReason", pendingReason, reason);
        changeStatus(TicketStatus.PENDING);
        touch(at);
    }

    /** What the ticket waited for has arrived: back IN_PROGRESS. */
    public void resume(Instant at) {
        TicketLifecycle.require(status, TicketAction.RESUME);
        pendingReason = set("pendingReason", pendingReason, null);
        changeStatus(TicketStatus.IN_PROGRESS);
        touch(at);
    }

    /** Resolved with a code and a text; closes automatically after five business days unless reopened. */
    public void resolve(ResolutionCode code, String text, Instant at) {
        TicketLifecycle.require(status, TicketAction.RESOLVE);
        if (code == null) {
            throw TicketRuleViolation.invalid("resolutionCode", "Le code de résolution est obligatoire", status);
        }
        if (text == null || text.isBlank()) {
            throw TicketRuleViolation.invalid("resolutionText", "Le texte de résolution est obligatoire", status);
        }
        if (text.length() > RESOLUTION_TEXT_MAX) {
            throw TicketRuleViolation.invalid("resolutionText", "Texte de résolution trop long", status);
        }
        resolutionCode = set("resolutionCode", resolutionCode, code);
        resolutionText = set("resolutionText", resolutionText, text.strip());
        resolvedAt = set("resolvedAt", resolvedAt, at);
        changeStatus(TicketStatus.RESOLVED);
        touch(at);
    }

    /**
     * The resolution did not hold: back IN_PROGRESS (the resolution is kept in the history, cleared here); the
     * optional reason goes to the history.
     */
    public void reopen(String reason, Instant at) {
        TicketLifecycle.require(status, TicketAction.REOPEN);
        resolutionCode = set("resolutionCode", resolutionCode, null);
        resolutionText = set("resolutionText", resolutionText, null);
        resolvedAt = set("resolvedAt", resolvedAt, null);
        if (reason != null && !reason.isBlank()) {
            changes.add(new FieldChange("reopenReason", null, reason.strip()));
        }
        changeStatus(TicketStatus.IN_PROGRESS);
        touch(at);
    }

    /** Cancelled from any open state, with a reason. */
    public void cancel(String reason, Instant at) {
        TicketLifecycle.require(status, TicketAction.CANCEL);
        if (reason == null || reason.isBlank()) {
            throw TicketRuleViolation.invalid("reason", "Le motif d'annulation est obligatoire", status);
        }
        if (reason.length() > CANCEL_REASON_MAX) {
            throw TicketRuleViolation.invalid("reason", "Motif d'annulation trop long", status);
        }
        pendingReason = set("pendingReason", pendingReason, null);
        cancelReason = set("cancelReason", cancelReason, reason.strip());
        changeStatus(TicketStatus.CANCELLED);
        touch(at);
    }

    /** Closes a resolved ticket (the automatic close, once the delay has passed: see {@link AutoClosePolicy}). */
    public void close(Instant at) {
        TicketLifecycle.require(status, TicketAction.CLOSE);
        closedAt = set("closedAt", closedAt, at);
        changeStatus(TicketStatus.CLOSED);
        touch(at);
    }

    // ---------------------------------------------------------------- queries

    /** The changes recorded since this object was built (or since {@link #clearChanges()}). */
    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    public void clearChanges() {
        changes.clear();
    }

    public TicketSnapshot snapshot() {
        return new TicketSnapshot(id, number, type, title, description, communeCode, centreCode, assignedTeam,
                assigneeId, requesterId, siteId, categoryCode, impact, urgency, priority, vip, status, pendingReason,
                resolutionCode, resolutionText, cancelReason, callId, createdBy, createdAt, updatedAt, resolvedAt,
                closedAt, version);
    }

    public Long id() { return id; }
    public String number() { return number; }
    public TicketType type() { return type; }
    public String title() { return title; }
    public String description() { return description; }
    public String communeCode() { return communeCode; }
    public String centreCode() { return centreCode; }
    public String assignedTeam() { return assignedTeam; }
    public Long assigneeId() { return assigneeId; }
    public Long requesterId() { return requesterId; }
    public Long siteId() { return siteId; }
    public String categoryCode() { return categoryCode; }
    public Impact impact() { return impact; }
    public Urgency urgency() { return urgency; }
    public Priority priority() { return priority; }
    public boolean vip() { return vip; }
    public TicketStatus status() { return status; }
    public PendingReason pendingReason() { return pendingReason; }
    public ResolutionCode resolutionCode() { return resolutionCode; }
    public String resolutionText() { return resolutionText; }
    public String cancelReason() { return cancelReason; }
    public Long callId() { return callId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant closedAt() { return closedAt; }
    public Long version() { return version; }

    // ---------------------------------------------------------------- internals

    private void changeStatus(TicketStatus to) {
        status = set("status", status, to);
    }

    private void touch(Instant at) {
        updatedAt = Objects.requireNonNull(at, "at");
    }

    private <T> T set(String field, T oldValue, T newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new FieldChange(field, text(oldValue), text(newValue)));
        }
        return newValue;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static void checkTitle(String title, TicketStatus status) {
        if (title == null || title.isBlank()) {
            throw TicketRuleViolation.invalid("title", "Le titre est obligatoire", status);
        }
        if (title.strip().length() > TITLE_MAX) {
            throw TicketRuleViolation.invalid("title", "Le titre dépasse " + TITLE_MAX + " caractères", status);
        }
    }

    private static void checkDescription(String description, TicketStatus status) {
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw TicketRuleViolation.invalid("description",
                    "La description dépasse " + DESCRIPTION_MAX + " caractères", status);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
