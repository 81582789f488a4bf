package fr.proxima.organisation.audit;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.internal.Clocks;
import fr.proxima.organisation.internal.OrgProblems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of the organisation's writes (and of any module that wants one for its reference data):
 * who, when, what. {@link #record} must run inside the transaction of the write it describes, so a write and its
 * audit row commit or roll back together; it refuses to run outside one.
 */
@Singleton
public class AuditLog {
    /** Longest details text kept; longer descriptions are cut. */
    private static final int MAX_DETAILS = 4000;

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditRepository repository, JsonMapper json, @Nullable Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = Clocks.orSystem(clock);
    }

    /**
     * Records one write by the user of {@code by}.
     *
     * @param action     what happened, e.g. {@code CREATE}, {@code UPDATE}, {@code MOVE_TO_CENTRE}
     * @param entityType e.g. {@code COMMUNE}, {@code SITE}, {@code PERSON}, {@code USER}
     * @param details    the changed fields (name → new value, or name → [old, new]); serialised as JSON
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public AuditEntry record(AccessScope by, String action, String entityType, Object entityId,
                             @Nullable Map<String, ?> details) {
        String text = details == null || details.isEmpty() ? null : toJson(details);
        if (text != null && text.length() > MAX_DETAILS) {
            text = text.substring(0, MAX_DETAILS - 1) + "…";
        }
        return repository.save(new AuditEntry(null, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS), by.username(), action, entityType,
                String.valueOf(entityId), text));
    }

    /** The trail, newest first, for administrators only. */
    @Transactional(readOnly = true)
    public Paged<AuditEntry> page(AccessScope scope, @Nullable String entityType, @Nullable String entityId,
                                  int page, int size) {
        if (!scope.isAdmin()) {
            throw OrgProblems.adminOnly();
        }
        List<AuditEntry> rows = repository.page(entityType, entityId, size + 1, (long) page * size);
        return Paged.of(rows, page, size);
    }

    private String toJson(Map<String, ?> details) {
        Map<String, Object> safe = new LinkedHashMap<>();
        details.forEach((k, v) -> safe.put(k, plain(v)));
        try {
            return json.writeValueAsString(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(AuditLog::plain).toList();
        }
        return v.toString();
    }
}
