package fr.proxima.itsm.sla.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.itsm.ServiceLevels.TicketServiceLevel;
import fr.proxima.itsm.SlaState;
import fr.proxima.itsm.SlaTargetKind;
import fr.proxima.itsm.sla.application.Escalations;
import fr.proxima.itsm.sla.application.ServiceLevelsFacade;
import fr.proxima.itsm.sla.application.SlaProblems;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.ProblemException.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Niveaux de service")
class SlaController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TargetView(SlaTargetKind kind, long targetMinutes, long consumedMinutes, long remainingMinutes,
                      @Nullable Instant due, @Nullable Instant dueIfResumedNow, SlaState state, boolean running,
                      @Nullable Instant completedAt, @Nullable Instant breachedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SegmentView(String phase, Instant start, @Nullable Instant end, @Nullable String reason, String actor) {
    }

    /** A ticket's service level: see docs/service-levels.md for every definition. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SlaView(long ticketId, String number, String priority, String communeCode, long contractId,
                   int contractVersion, String calendarId, int atRiskPercent, List<TargetView> targets,
                   List<SegmentView> segments, Instant evaluatedAt) {
        static SlaView of(TicketServiceLevel l) {
            return new SlaView(l.ticketId(), l.number(), l.priority(), l.communeCode(), l.contractId(),
                    l.contractVersion(), l.calendarId(), l.atRiskPercent(),
                    l.targets().stream().map(t -> new TargetView(t.kind(), t.targetMinutes(), t.consumedMinutes(),
                            t.remainingMinutes(), t.due(), t.dueIfResumedNow(), t.state(), t.running(),
                            t.completedAt(), t.breachedAt())).toList(),
                    l.segments().stream().map(s -> new SegmentView(s.phase(), s.start(), s.end(), s.reason(),
                            s.actor())).toList(), l.evaluatedAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EscalationView(long id, long ticketId, String number, String communeCode, String centreCode,
                          SlaTargetKind target, SlaState level, Instant reachedAt, Instant recordedAt,
                          List<String> recipients) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EscalationPage(List<EscalationView> items, int page, int size, boolean hasNext) {
    }

    private final ServiceLevelsFacade levels;
    private final Escalations escalations;
    private final CurrentScope scope;

    SlaController(ServiceLevelsFacade levels, Escalations escalations, CurrentScope scope) {
        this.levels = levels;
        this.escalations = escalations;
        this.scope = scope;
    }

    @Get("/tickets/{id}/sla")
    @Operation(summary = "Niveau de service d'un ticket",
            description = "Pour chaque cible du contrat d'engagement (prise en charge, résolution) : la cible en "
                    + "minutes ouvrées, les minutes consommées et restantes, l'échéance, l'état (ON_TRACK, AT_RISK, "
                    + "BREACHED, MET) ; et les segments de l'horloge (en cours, en pause avec le motif, arrêtée). "
                    + "`at` rejoue l'horloge à un instant passé (les événements postérieurs sont ignorés).")
    @ApiResponse(responseCode = "404", description = "Ticket inconnu ou hors de votre périmètre")
    SlaView sla(@PathVariable long id,
                           @Parameter(description = "instant ISO-8601 de l'évaluation (maintenant par défaut)")
                           @Nullable @QueryValue String at) {
        if (at == null) {
            return SlaView.of(levels.forTicket(id, scope.get()));
        }
        return SlaView.of(levels.at(id, instant("at", at), scope.get()));
    }

    @Get("/sla/escalations")
    @Operation(summary = "Escalades enregistrées (à risque, dépassées), les plus récentes d'abord",
            description = "Une escalade par ticket, cible et niveau : « à risque » pour le responsable du centre, "
                    + "« dépassée » pour le responsable du centre et le chef du service de proximité. Un lecteur "
                    + "communal ne voit que celles de sa commune.")
    EscalationPage list(@Nullable @QueryValue String commune, @Nullable @QueryValue String centre,
                        @Nullable @QueryValue String level, @Nullable @QueryValue String since,
                        @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        List<FieldError> errors = new ArrayList<>();
        SlaState lvl = null;
        if (level != null) {
            try {
                lvl = SlaState.valueOf(level.toUpperCase(Locale.ROOT));
                if (lvl != SlaState.AT_RISK && lvl != SlaState.BREACHED) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("level", "invalid", "Niveau attendu : AT_RISK ou BREACHED"));
            }
        }
        int p = integer("page", page, 0, 0, 100_000, errors);
        int s = integer("size", size, 50, 1, 200, errors);
        Instant from = since == null ? null : instantOrError("since", since, errors);
        if (commune != null && !commune.matches("[0-9A-Za-z]{5,9}")) {
            errors.add(new FieldError("commune", "invalid", "Code de commune invalide"));
        }
        if (centre != null && !centre.matches("[A-Z0-9_-]{1,32}")) {
            errors.add(new FieldError("centre", "invalid", "Code de centre invalide"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(SlaProblems.INVALID, errors);
        }
        List<EscalationView> rows = escalations.page(scope.get(), commune, centre, lvl, from, p, s + 1).stream()
                .map(e -> new EscalationView(e.id(), e.ticketId(), e.number(), e.communeCode(), e.centreCode(),
                        e.target(), e.level(), e.reachedAt(), e.recordedAt(), e.recipients())).toList();
        boolean more = rows.size() > s;
        return new EscalationPage(more ? rows.subList(0, s) : rows, p, s, more);
    }

    private static int integer(String field, @Nullable String text, int dflt, int min, int max,
                               List<FieldError> errors) {
        if (text == null) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(text);
            if (v < min || v > max) {
                errors.add(new FieldError(field, "out_of_range", "Entre " + min + " et " + max));
                return dflt;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "invalid", "Nombre entier attendu"));
            return dflt;
        }
    }

    private static Instant instant(String field, String text) {
        List<FieldError> errors = new ArrayList<>();
        Instant i = instantOrError(field, text, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(SlaProblems.INVALID, errors);
        }
        return i;
    }

    private static Instant instantOrError(String field, String text, List<FieldError> errors) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "invalid", "Instant ISO-8601 attendu (ex. 2026-12-24T15:00:00Z)"));
            return null;
        }
    }

}
