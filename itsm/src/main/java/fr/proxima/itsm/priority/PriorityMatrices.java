package fr.proxima.itsm.priority;

import fr.proxima.itsm.ticket.model.Impact;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.PriorityMatrix;
import fr.proxima.itsm.ticket.model.Urgency;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The matrix in force. Read on every ticket creation, so it is cached for a few seconds (another instance's edit
 * becomes visible within {@link #TTL}; an edit on this instance at once).
 */
@Singleton
public class PriorityMatrices {
    private static final Logger LOG = LoggerFactory.getLogger(PriorityMatrices.class);
    static final Duration TTL = Duration.ofSeconds(10);

    private final PriorityMatrixStore store;
    private volatile Cached cached;

    private record Cached(PriorityMatrix matrix, Instant loadedAt) {
    }

    PriorityMatrices(PriorityMatrixStore store) {
        this.store = store;
    }

    /** The matrix in force now. */
    public PriorityMatrix current() {
        Cached c = cached;
        Instant now = Instant.now();
        if (c == null || c.loadedAt().plus(TTL).isBefore(now)) {
            c = new Cached(store.load(), now);
            cached = c;
        }
        return c.matrix();
    }

    /** Replaces the matrix (admin only); every cell must be given. */
    @Transactional
    public PriorityMatrix replace(Map<Impact, Map<Urgency, Priority>> cells, AccessScope scope) {
        if (!scope.isAdmin()) {
            throw ProblemException.forbidden("ITSM-2011", "Seul un administrateur modifie la matrice des priorités");
        }
        PriorityMatrix matrix;
        try {
            matrix = PriorityMatrix.of(cells == null ? new EnumMap<>(Impact.class) : cells);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalidField("ITSM-2025", "cells", "incomplete",
                    "La matrice doit donner une priorité pour chacune des neuf combinaisons impact × urgence");
        }
        store.save(matrix, scope.username(), Instant.now());
        cached = null;
        LOG.info("priority matrix changed by {}: {}", scope.username(), matrix);
        return matrix;
    }
}
