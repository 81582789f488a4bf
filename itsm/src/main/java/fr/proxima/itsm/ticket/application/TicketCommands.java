package fr.proxima.itsm.ticket.application;

import fr.proxima.itsm.OpenTicket;
import fr.proxima.itsm.TicketOpened;
import fr.proxima.itsm.TicketPriorityChanged;
import fr.proxima.itsm.TicketReassigned;
import fr.proxima.itsm.TicketStatus;
import fr.proxima.itsm.TicketStatusChanged;
import fr.proxima.itsm.calendar.BusinessDays;
import fr.proxima.itsm.category.Categories;
import fr.proxima.itsm.idempotency.IdempotencyKeys;
import fr.proxima.itsm.idempotency.IdempotentResult;
import fr.proxima.itsm.priority.PriorityMatrices;
import fr.proxima.itsm.ticket.infrastructure.StaleTicketException;
import fr.proxima.itsm.ticket.infrastructure.TicketNumberAllocator;
import fr.proxima.itsm.ticket.infrastructure.TicketReader;
import fr.proxima.itsm.ticket.infrastructure.TicketStore;
import fr.proxima.itsm.ticket.model.AutoClosePolicy;
import fr.proxima.itsm.ticket.model.FieldChange;
import fr.proxima.itsm.ticket.model.Impact;
import fr.proxima.itsm.ticket.model.NewTicket;
import fr.proxima.itsm.ticket.model.PendingReason;
import fr.proxima.itsm.ticket.model.ResolutionCode;
import fr.proxima.itsm.ticket.model.RoutingPolicy;
import fr.proxima.itsm.ticket.model.Ticket;
import fr.proxima.itsm.ticket.model.TicketAction;
import fr.proxima.itsm.ticket.model.TicketNumber;
import fr.proxima.itsm.ticket.model.TicketPermissions;
import fr.proxima.itsm.ticket.model.TicketRuleViolation;
import fr.proxima.itsm.ticket.model.Urgency;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ticket use cases. Each public method is one transaction: load within the caller's scope (404 otherwise),
 * check who may act (403), check the client's version (409 {@code ITSM-2002}), let the aggregate apply its rules
 * (409 {@code ITSM-2010} with the allowed transitions), store the row and its history, publish the events.
 */
@Singleton
public class TicketCommands {
    public static final String RESOURCE_TYPE = "ticket";

    private final TicketReader reader;
    private final TicketStore store;
    private final TicketNumberAllocator numbers;
    private final PriorityMatrices matrices;
    private final Categories categories;
    private final Organisation organisation;
    private final IdempotencyKeys idempotency;
    private final RoutingPolicy routing;
    private final ApplicationEventPublisher<TicketOpened> opened;
    private final ApplicationEventPublisher<TicketStatusChanged> statusChanged;
    private final ApplicationEventPublisher<TicketReassigned> reassigned;
    private final ApplicationEventPublisher<TicketPriorityChanged> priorityChanged;
    private final Clock clock;

    TicketCommands(TicketReader reader, TicketStore store, TicketNumberAllocator numbers, PriorityMatrices matrices,
                   Categories categories, Organisation organisation, IdempotencyKeys idempotency, ApplicationEventPublisher<TicketOpened> opened,
                   ApplicationEventPublisher<TicketStatusChanged> statusChanged,
                   ApplicationEventPublisher<TicketReassigned> reassigned,
                   ApplicationEventPublisher<TicketPriorityChanged> priorityChanged,
                   @Nullable Clock clock) {
        this.reader = reader;
        this.store = store;
        this.numbers = numbers;
        this.matrices = matrices;
        this.categories = categories;
        this.organisation = organisation;
        this.idempotency = idempotency;
        this.routing = new RoutingPolicy(organisation::centreOf);
        this.opened = opened;
        this.statusChanged = statusChanged;
        this.reassigned = reassigned;
        this.priorityChanged = priorityChanged;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    // ------------------------------------------------------------------ creation

    /** Opens a ticket in the current transaction (joins the caller's, e.g. a call being logged). */
    @Transactional
    public Ticket open(OpenTicket c, AccessScope scope) {
        if (!TicketPermissions.mayOpen(scope)) {
            throw TicketProblems.forbidden("Un compte en lecture seule ne crée pas de ticket");
        }
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        if (c.type() == null) {
            errors.add(new FieldError("type", "required", "Le type est obligatoire (INCIDENT ou REQUEST)"));
        }
        checkTitle(c.title(), errors);
        checkDescription(c.description(), errors);
        String centre = null;
        if (c.communeCode() == null || c.communeCode().isBlank()) {
            errors.add(new FieldError("commune", "required", "La commune est obligatoire"));
        } else if (!CommuneCode.isValid(c.communeCode())) {
            errors.add(new FieldError("commune", "invalid", "Code INSEE invalide"));
        } else {
            centre = routing.routeNewTicket(c.communeCode(), now).orElse(null);
            if (centre == null) {
                errors.add(!organisation.communeExists(c.communeCode())
                        ? new FieldError("commune", "unknown", "Commune inconnue")
                        : new FieldError("commune", "not_served", "Cette commune n'est rattachée à aucun centre"));
            }
        }
        Impact impact = parseImpact(c.impact(), errors);
        Urgency urgency = parseUrgency(c.urgency(), errors);
        checkCategory(c.categoryCode(), errors);
        checkSite(c.siteId(), c.communeCode(), errors);
        boolean vip = checkRequester(c.requesterId(), c.communeCode(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(TicketProblems.INVALID, errors);
        }
        int year = now.atZone(BusinessDays.PARIS).getYear();
        TicketNumber number = numbers.next(c.type(), year);
        Ticket ticket;
        try {
            ticket = Ticket.open(new NewTicket(c.type(), c.title(), c.description(), c.communeCode(), c.siteId(),
                    c.requesterId(), vip, c.categoryCode(), impact, urgency, c.callId()), number, centre,
                    matrices.current(), scope.username(), now);
        } catch (TicketRuleViolation v) {
            throw TicketProblems.of(v);
        }
        Ticket saved = store.insert(ticket, scope.username());
        opened.publishEvent(new TicketOpened(saved.id(), saved.number(), saved.type(), saved.communeCode(),
                saved.centreCode(), saved.priority().name(), saved.callId(), now, scope.username()));
        return saved;
    }

    /**
     * Opens a ticket at most once per idempotency key of the caller: the same key with the same request gives the
     * first ticket back ({@code replayed}); with another request, a 422 problem. Without a key, simply opens.
     */
    @Transactional
    public IdempotentResult<Ticket> open(OpenTicket c, @Nullable String idempotencyKey, String requestHash,
                                         AccessScope scope) {
        if (idempotencyKey == null) {
            return new IdempotentResult<>(open(c, scope), false);
        }
        return idempotency.execute(scope.username(), idempotencyKey, RESOURCE_TYPE, requestHash,
                () -> open(c, scope), Ticket::id,
                id -> reader.find(id, scope).orElseThrow(TicketProblems::notFound));
    }

    // ------------------------------------------------------------------ changes

    /** Edits the description and the classification; the priority is recomputed from the matrix in force. */
    @Transactional
    public Ticket edit(long id, long version, TicketEdit e, AccessScope scope) {
        return change(id, version, scope, TicketAction.EDIT, t -> {
            List<FieldError> errors = new ArrayList<>();
            String title = e.title() == null ? t.title() : e.title();
            String description = e.description() == null ? t.description() : e.description();
            if (e.title() != null) {
                checkTitle(e.title(), errors);
            }
            if (e.description() != null) {
                checkDescription(e.description(), errors);
            }
            String category = t.categoryCode();
            if (e.category() != null && !e.category().equals(t.categoryCode())) {
                checkCategory(e.category(), errors);
                category = e.category();
            }
            Long site = t.siteId();
            if (e.site() != null && !e.site().equals(t.siteId())) {
                checkSite(e.site(), t.communeCode(), errors);
                site = e.site();
            }
            Long requester = t.requesterId();
            boolean vip = t.vip();
            if (e.requester() != null && !e.requester().equals(t.requesterId())) {
                vip = checkRequester(e.requester(), t.communeCode(), errors);
                requester = e.requester();
            }
            Impact impact = e.impact() == null ? t.impact() : parseImpact(e.impact(), errors);
            Urgency urgency = e.urgency() == null ? t.urgency() : parseUrgency(e.urgency(), errors);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(TicketProblems.INVALID, errors);
            }
            t.edit(title, description, category, site, requester, vip, impact, urgency, matrices.current(),
                    clock.instant());
        });
    }

    /**
     * Assigns to a team (a proximity centre or a support group) and optionally to a person of that team.
     */
    @Transactional
    public Ticket assign(long id, long version, String team, @Nullable Long assignee, AccessScope scope) {
        return change(id, version, scope, TicketAction.ASSIGN, t -> {
            List<FieldError> errors = new ArrayList<>();
            Optional<Organisation.TeamInfo> target = organisation.team(team);
            if (team == null || team.isBlank()) {
                errors.add(new FieldError("team", "required", "L'équipe est obligatoire"));
            } else if (target.isEmpty() || !target.get().active()) {
                errors.add(new FieldError("team", "unknown", "Équipe inconnue ou inactive"));
            }
            if (assignee != null && target.isPresent()) {
                Optional<Organisation.UserInfo> person = organisation.user(assignee);
                if (person.isEmpty() || !person.get().active()) {
                    errors.add(new FieldError("assignee", "unknown", "Intervenant inconnu ou inactif"));
                } else if (!team.equals(person.get().teamCode())) {
                    errors.add(new FieldError("assignee", "not_member",
                            "Cet intervenant n'appartient pas à l'équipe " + team));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(TicketProblems.INVALID, errors);
            }
            t.assign(team, assignee, clock.instant());
        });
    }

    /** The caller takes the ticket: IN_PROGRESS, assigned to them. */
    @Transactional
    public Ticket take(long id, long version, AccessScope scope) {
        if (scope.userId() == null) {
            throw TicketProblems.forbidden("Seul un utilisateur identifié prend un ticket en charge");
        }
        return change(id, version, scope, TicketAction.TAKE, t -> t.take(scope.userId(), clock.instant()));
    }

    @Transactional
    public Ticket hold(long id, long version, @Nullable PendingReason reason, AccessScope scope) {
        return change(id, version, scope, TicketAction.HOLD, t -> t.putOnHold(reason, clock.instant()));
    }

    @Transactional
    public Ticket resume(long id, long version, AccessScope scope) {
        return change(id, version, scope, TicketAction.RESUME, t -> t.resume(clock.instant()));
    }

    @Transactional
    public Ticket resolve(long id, long version, @Nullable ResolutionCode code, @Nullable String text,
                          AccessScope scope) {
        return change(id, version, scope, TicketAction.RESOLVE, t -> t.resolve(code, text, clock.instant()));
    }

    @Transactional
    public Ticket reopen(long id, long version, @Nullable String reason, AccessScope scope) {
        return change(id, version, scope, TicketAction.REOPEN, t -> t.reopen(reason, clock.instant()));
    }

    @Transactional
    public Ticket cancel(long id, long version, @Nullable String reason, AccessScope scope) {
        return change(id, version, scope, TicketAction.CANCEL, t -> t.cancel(reason, clock.instant()));
    }

    /**
     * Closes the ticket if it is still RESOLVED and its delay has passed at {@code now} (the auto-close job);
     * returns whether it closed. Safe to run twice or on several instances at once.
     */
    @Transactional
    public boolean autoClose(long id, Instant now) {
        AccessScope system = AccessScope.system();
        Optional<Ticket> found = reader.find(id, system);
        if (found.isEmpty() || !AutoClosePolicy.isDue(found.get(), now)) {
            return false;
        }
        Ticket t = found.get();
        t.close(now);
        save(t, system);
        return true;
    }

    // ------------------------------------------------------------------ internals

    private Ticket change(long id, long version, AccessScope scope, TicketAction action, Consumer<Ticket> op) {
        Ticket t = reader.find(id, scope).orElseThrow(TicketProblems::notFound);
        if (!TicketPermissions.may(scope, t, action)) {
            throw TicketProblems.forbidden(scope.isReadOnly()
                    ? "Un compte en lecture seule ne modifie pas les tickets"
                    : "Vous n'êtes pas autorisé à effectuer « " + action.apiName() + " » sur ce ticket");
        }
        if (t.version() == null || t.version() != version) {
            throw TicketProblems.stale(t.version() == null ? 0 : t.version());
        }
        try {
            op.accept(t);
        } catch (TicketRuleViolation v) {
            throw TicketProblems.of(v);
        }
        return save(t, scope);
    }

    private Ticket save(Ticket t, AccessScope scope) {
        List<FieldChange> changes = t.changes();
        Ticket saved;
        try {
            saved = store.update(t, scope.username());
        } catch (StaleTicketException e) {
            throw TicketProblems.staleConcurrent();
        }
        publish(saved, changes, scope.username());
        return saved;
    }

    private void publish(Ticket t, List<FieldChange> changes, String actor) {
        FieldChange status = null;
        FieldChange team = null;
        FieldChange assignee = null;
        FieldChange priority = null;
        for (FieldChange c : changes) {
            switch (c.field()) {
                case "status" -> status = c;
                case "assignedTeam" -> team = c;
                case "assignee" -> assignee = c;
                case "priority" -> priority = c;
                default -> {
                }
            }
        }
        Instant at = t.updatedAt();
        if (team != null || assignee != null) {
            String fromTeam = team == null ? t.assignedTeam() : team.oldValue();
            Long fromAssignee = assignee == null ? t.assigneeId() : parseLong(assignee.oldValue());
            reassigned.publishEvent(new TicketReassigned(t.id(), t.number(), fromTeam, t.assignedTeam(),
                    fromAssignee, t.assigneeId(), at, actor));
        }
        if (priority != null) {
            priorityChanged.publishEvent(new TicketPriorityChanged(t.id(), t.number(), priority.oldValue(),
                    priority.newValue(), at, actor));
        }
        if (status != null) {
            statusChanged.publishEvent(new TicketStatusChanged(t.id(), t.number(),
                    TicketStatus.valueOf(status.oldValue()), t.status(),
                    t.pendingReason() == null ? null : t.pendingReason().name(), at, actor));
        }
    }

    private static Long parseLong(String s) {
        return s == null ? null : Long.valueOf(s);
    }

    private static void checkTitle(String title, List<FieldError> errors) {
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "required", "Le titre est obligatoire"));
        } else if (title.strip().length() > Ticket.TITLE_MAX) {
            errors.add(new FieldError("title", "too_long", "Le titre dépasse " + Ticket.TITLE_MAX + " caractères"));
        }
    }

    private static void checkDescription(String description, List<FieldError> errors) {
        if (description != null && description.length() > Ticket.DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "too_long",
                    "La description dépasse " + Ticket.DESCRIPTION_MAX + " caractères"));
        }
    }

    private static Impact parseImpact(String value, List<FieldError> errors) {
        try {
            return Impact.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("impact", value == null ? "required" : "invalid",
                    "Impact attendu : LOW, MEDIUM ou HIGH"));
            return null;
        }
    }

    private static Urgency parseUrgency(String value, List<FieldError> errors) {
        try {
            return Urgency.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("urgency", value == null ? "required" : "invalid",
                    "Urgence attendue : LOW, MEDIUM ou HIGH"));
            return null;
        }
    }

    private void checkCategory(String code, List<FieldError> errors) {
        if (code != null && categories.findActive(code).isEmpty()) {
            errors.add(new FieldError("category", "unknown", "Catégorie inconnue ou désactivée"));
        }
    }

    private void checkSite(Long siteId, String communeCode, List<FieldError> errors) {
        if (siteId == null) {
            return;
        }
        Optional<Organisation.SiteInfo> site = organisation.site(siteId);
        if (site.isEmpty() || !site.get().active()) {
            errors.add(new FieldError("site", "unknown", "Site inconnu"));
        } else if (!site.get().communeCode().equals(communeCode)) {
            errors.add(new FieldError("site", "not_in_commune", "Ce site n'est pas dans la commune du ticket"));
        }
    }

    /** Checks the requester and returns its VIP flag (false when there is none or it is invalid). */
    private boolean checkRequester(Long personId, String communeCode, List<FieldError> errors) {
        if (personId == null) {
            return false;
        }
        Optional<Organisation.PersonInfo> person = organisation.person(personId);
        if (person.isEmpty() || !person.get().active()) {
            errors.add(new FieldError("requester", "unknown", "Demandeur inconnu"));
            return false;
        }
        if (!person.get().communeCode().equals(communeCode)) {
            errors.add(new FieldError("requester", "not_in_commune",
                    "Ce demandeur n'appartient pas à la commune du ticket"));
            return false;
        }
        return person.get().vip();
    }
}
