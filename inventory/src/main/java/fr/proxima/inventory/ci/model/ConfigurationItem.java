package fr.proxima.inventory.ci.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A configuration item: an asset the configuration database tracks, with its checked {@link CiDetails}, the last
 * time an inventory agent reported it, and its version (optimistic locking). The aggregate owns the rule on
 * status changes ({@link CiStatus#mayBecome}) and records the changed fields of each write, which the store turns
 * into history rows.
 */
public final class ConfigurationItem {
    /** The history field of a creation (one row, not one per field). */
    public static final String CREATED = "created";

    private final Long id;
    private final Long version;
    private CiDetails details;
    private Instant lastAgentReportAt;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private final List<FieldChange> changes = new ArrayList<>();

    /** Rebuilds a stored CI. */
    public ConfigurationItem(Long id, Long version, CiDetails details, Instant lastAgentReportAt, String createdBy,
                             Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.details = Objects.requireNonNull(details);
        this.lastAgentReportAt = lastAgentReportAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new CI (not stored yet); its history starts with one {@link #CREATED} row naming its asset tag. */
    public static ConfigurationItem create(CiDetails details, String actor, Instant at) {
        ConfigurationItem ci = new ConfigurationItem(null, null, details, null, actor, at, at);
        ci.changes.add(new FieldChange(CREATED, null, details.type() + " " + details.assetTag()));
        return ci;
    }

    /**
     * Replaces the details; returns the fields that changed (none: nothing happens). A status change must be
     * allowed from the current status.
     *
     * @throws CiRuleViolation {@link CiRuleViolation#ILLEGAL_STATUS}
     */
    public List<FieldChange> change(CiDetails next, Instant at) {
        if (!details.status().mayBecome(next.status())) {
            throw CiRuleViolation.illegalStatus(details.status(), next.status());
        }
        List<FieldChange> changed = details.changesTo(next);
        if (!changed.isEmpty()) {
            details = next;
            updatedAt = at;
            changes.addAll(changed);
        }
        return changed;
    }

    /** An inventory agent reported the item at {@code at} (not a history event: it happens every day). */
    public void reportedByAgent(Instant at) {
        if (lastAgentReportAt == null || at.isAfter(lastAgentReportAt)) {
            lastAgentReportAt = at;
        }
    }

    /** The changes recorded since this object was built. */
    public List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    public Long id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public CiDetails details() {
        return details;
    }

    public Instant lastAgentReportAt() {
        return lastAgentReportAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String communeCode() {
        return details.communeCode();
    }
}
