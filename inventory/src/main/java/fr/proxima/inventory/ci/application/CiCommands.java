package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.infrastructure.CiReader;
import fr.proxima.inventory.ci.infrastructure.CiStore;
import fr.proxima.inventory.ci.infrastructure.DuplicateCiException;
import fr.proxima.inventory.ci.infrastructure.DuplicateRelationException;
import fr.proxima.inventory.ci.infrastructure.StaleCiException;
import fr.proxima.inventory.ci.model.CiAttributes;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.CiPermissions;
import fr.proxima.inventory.ci.model.CiRuleViolation;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ci.model.FieldChange;
import fr.proxima.inventory.ci.model.InstalledSoftware;
import fr.proxima.inventory.ci.model.RelationRules;
import fr.proxima.inventory.ci.model.RelationRules.Link;
import fr.proxima.inventory.ci.model.RelationType;
import fr.proxima.inventory.ci.model.Violation;
import fr.proxima.inventory.internal.InvProblems;
import fr.proxima.inventory.internal.InventoryIdempotency;
import fr.proxima.inventory.software.SoftwareCatalogue;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.IdempotentCreations;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The write use cases of the configuration database, one transaction each: check the caller's role (403
 * {@code INV-3003}), find the CI in the caller's scope (404 {@code INV-3004}), check the client's version (409
 * {@code INV-3002}), let the model check the details and the status change (400 {@code INV-3001}, 409
 * {@code INV-3010}), check the organisation references and the unique identifiers (409 {@code INV-3005..3007}),
 * store the row and one history line per changed field.
 *
 * <p>This is the application API the other features of the module build on (stock movements move a CI with
 * {@link #patch} and no version, under the row lock); keep its signatures stable.
 */
@Singleton
public class CiCommands {
    public static final String RESOURCE_TYPE = "ci";

    private final CiReader reader;
    private final CiStore store;
    private final Organisation organisation;
    private final SoftwareCatalogue catalogue;
    private final InventoryIdempotency idempotency;
    private final Clock clock;
    private final CiWriteScope writeScope;

    CiCommands(CiReader reader, CiStore store, Organisation organisation, SoftwareCatalogue catalogue,
               InventoryIdempotency idempotency, @Nullable Clock clock) {
        this.reader = reader;
        this.store = store;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.clock = clock == null ? Clock.systemUTC() : clock;
        this.writeScope = new CiWriteScope(organisation, this.clock);
    }

    // ---------------------------------------------------------------- CIs

    /** Whether the scope may change the CI (its role, and its centre serving the CI's commune). */
    public boolean mayChange(ConfigurationItem ci, AccessScope scope) {
        return mayChangeCommune(ci.communeCode(), scope);
    }

    /** Whether the scope may change the CIs of the commune, or give CIs to it. */
    public boolean mayChangeCommune(String communeCode, AccessScope scope) {
        return CiPermissions.mayWrite(scope) && writeScope.mayWrite(scope, communeCode);
    }

    /** Creates a CI (joins the caller's transaction). */
    @Transactional
    public ConfigurationItem create(CiDraft draft, AccessScope scope) {
        requireWriter(scope);
        CiDetails details = checked(draft, CiAttributes.empty());
        writeScope.require(scope, details.communeCode());
        checkReferencesAndKeys(details, null, null);
        try {
            return store.insert(ConfigurationItem.create(details, scope.username(), clock.instant()),
                    scope.username());
        } catch (DuplicateCiException e) {
            throw CiProblems.duplicate(e.key(), null);
        }
    }

    /**
     * Creates a CI at most once per idempotency key of the caller: the same key with the same request gives the
     * first CI back ({@code replayed}); with another request, a 422 problem. Without a key, simply creates.
     */
    @Transactional
    public IdempotentCreations.Result<ConfigurationItem> create(CiDraft draft, @Nullable String idempotencyKey,
                                                                String requestHash, AccessScope scope) {
        if (idempotencyKey == null) {
            return new IdempotentCreations.Result<>(create(draft, scope), false);
        }
        requireWriter(scope);
        return idempotency.execute(scope.username(), idempotencyKey, RESOURCE_TYPE, requestHash,
                () -> create(draft, scope), ConfigurationItem::id,
                id -> reader.find(id, scope).orElseThrow(InvProblems::ciNotFound));
    }

    /** Replaces every field of a CI (PUT), its attributes included; {@code version} must be current. */
    @Transactional
    public ConfigurationItem replace(long id, long version, CiDraft draft, AccessScope scope) {
        return change(id, version, scope, current -> checked(draft, CiAttributes.empty()));
    }

    /**
     * Changes some fields of a CI (PATCH, see {@link CiPatch}). With a {@code version}, it must be current (409
     * otherwise); without one (internal callers such as stock movements), the change applies to the current state
     * under the row lock.
     */
    @Transactional
    public ConfigurationItem patch(long id, @Nullable Long version, CiPatch patch, AccessScope scope) {
        return change(id, version, scope,
                current -> checked(patch.over(current.details().toDraft()), current.details().attributes()));
    }

    /**
     * The CI side of a stock movement (status, site, person, commune of the unit), under the row lock, in the
     * movement's transaction. The stock service has checked that the mover may move its centre's stock; the units a
     * centre holds may be owned by any entity (often the Métropole, which buys them), so the commune rule of
     * {@link #patch} does not apply here.
     */
    @Transactional
    public ConfigurationItem moveForStock(long id, CiPatch patch, AccessScope mover) {
        return change(id, null, mover,
                current -> checked(patch.over(current.details().toDraft()), current.details().attributes()), false);
    }

    // ---------------------------------------------------------------- relations

    /** Relates a CI to another one (both in the caller's scope); returns the new relation's id. */
    @Transactional
    public long relate(long id, RelationType type, long targetId, AccessScope scope) {
        requireWriter(scope);
        ConfigurationItem source = writable(id, scope);
        ConfigurationItem target = reader.find(targetId, scope).orElse(null);
        if (target == null) {
            throw InvProblems.invalid("target", "unknown", "Matériel cible inconnu");
        }
        store.lock(id);
        Link link;
        try {
            link = RelationRules.check(id, type, targetId, store.linksOf(id).keySet(), ci -> store.targetsOf(ci, type));
        } catch (CiRuleViolation v) {
            throw CiProblems.of(v);
        }
        Instant now = clock.instant();
        long relationId;
        try {
            relationId = store.insertRelation(link, scope.username(), now);
        } catch (DuplicateRelationException e) {
            throw CiProblems.of(CiRuleViolation.relation(CiRuleViolation.DUPLICATE_RELATION,
                    CiRuleViolation.Kind.CONFLICT, "Cette relation existe déjà"));
        }
        String label = type.name() + " ";
        store.writeHistory(id, List.of(new FieldChange("relation", null, label + "→ " + target.details().assetTag())),
                scope.username(), now);
        store.writeHistory(targetId, List.of(new FieldChange("relation", null,
                label + "← " + source.details().assetTag())), scope.username(), now);
        return relationId;
    }

    /** Removes a relation of a CI; 404 when the CI has no such relation. */
    @Transactional
    public void unrelate(long id, long relationId, AccessScope scope) {
        requireWriter(scope);
        writable(id, scope);
        Link link = store.relation(relationId, id).orElseThrow(() ->
                ProblemException.notFound(InvProblems.RELATION_NOT_FOUND, "Relation"));
        Map<Long, String> tags = new java.util.HashMap<>();
        reader.refs(java.util.Set.of(link.source(), link.target()), AccessScope.system())
                .forEach((k, v) -> tags.put(k, v.assetTag()));
        store.deleteRelation(relationId);
        Instant now = clock.instant();
        String label = link.type().name() + " ";
        store.writeHistory(link.source(), List.of(new FieldChange("relation", label + "→ " + tags.get(link.target()),
                null)), scope.username(), now);
        store.writeHistory(link.target(), List.of(new FieldChange("relation", label + "← " + tags.get(link.source()),
                null)), scope.username(), now);
    }

    // ---------------------------------------------------------------- software installed by hand

    /** Records a software installed on a machine (a technician's declaration); nothing when already there. */
    @Transactional
    public void install(long id, String name, @Nullable String publisher, @Nullable String version,
                        AccessScope scope) {
        requireWriter(scope);
        writable(id, scope);
        InstalledSoftware s = InstalledSoftware.of(name, publisher, version, null);
        List<Violation> errors = new ArrayList<>();
        if (s == null) {
            errors.add(new Violation("name", "required", "Le nom du logiciel est obligatoire"));
        } else if (name.strip().length() > InstalledSoftware.NAME_MAX) {
            errors.add(new Violation("name", "too_long", InstalledSoftware.NAME_MAX + " caractères au plus"));
        }
        if (version != null && version.strip().length() > InstalledSoftware.VERSION_MAX) {
            errors.add(new Violation("version", "too_long", InstalledSoftware.VERSION_MAX + " caractères au plus"));
        }
        if (!errors.isEmpty()) {
            throw CiProblems.of(CiRuleViolation.invalid(errors));
        }
        store.lock(id);
        List<InstalledSoftware> current = store.installedOn(id);
        List<InstalledSoftware> next = new ArrayList<>(current);
        next.add(s);
        InstalledSoftware.Changes changes = InstalledSoftware.diff(current, next);
        if (changes.added().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        store.applySoftware(id, new InstalledSoftware.Changes(changes.added(), List.of(), List.of()),
                catalogue.idsByMatchKey(List.of(s.matchKey())), now);
        store.writeHistory(id, List.of(new FieldChange("software", null, s.label())), scope.username(), now);
    }

    /** Removes a software from a machine; 404 when the machine has no such installation. */
    @Transactional
    public void uninstall(long id, long installedId, AccessScope scope) {
        requireWriter(scope);
        writable(id, scope);
        InstalledSoftware removed = store.removeInstalled(id, installedId).orElseThrow(() ->
                ProblemException.notFound(InvProblems.INSTALLED_NOT_FOUND, "Logiciel installé"));
        store.writeHistory(id, List.of(new FieldChange("software", removed.label(), null)), scope.username(),
                clock.instant());
    }

    // ---------------------------------------------------------------- tickets

    /**
     * Records that a ticket (already checked by the caller through itsm's API) names the CI; false when it already
     * did. The CAN may do it as well as the CI writers.
     */
    @Transactional
    public boolean linkTicket(long id, long ticketId, String ticketNumber, String ticketCommune, AccessScope scope) {
        if (!CiPermissions.mayLinkTickets(scope)) {
            throw InvProblems.forbidden("Un compte en lecture seule ne rattache pas de ticket");
        }
        reader.find(id, scope).orElseThrow(InvProblems::ciNotFound);
        Instant now = clock.instant();
        boolean linked = store.linkTicket(id, ticketId, ticketNumber, ticketCommune, scope.username(), now);
        if (linked) {
            store.writeHistory(id, List.of(new FieldChange("ticket", null, ticketNumber)), scope.username(), now);
        }
        return linked;
    }

    /** Forgets that a ticket names the CI; 404 when it did not. */
    @Transactional
    public void unlinkTicket(long id, long ticketId, AccessScope scope) {
        if (!CiPermissions.mayLinkTickets(scope)) {
            throw InvProblems.forbidden("Un compte en lecture seule ne détache pas de ticket");
        }
        reader.find(id, scope).orElseThrow(InvProblems::ciNotFound);
        String number = reader.tickets(id, AccessScope.system()).orElse(List.of()).stream()
                .filter(t -> t.ticketId() == ticketId).map(t -> t.ticketNumber()).findFirst().orElse(null);
        if (number == null || !store.unlinkTicket(id, ticketId)) {
            throw ProblemException.notFound(InvProblems.TICKET_LINK_NOT_FOUND, "Ticket rattaché");
        }
        store.writeHistory(id, List.of(new FieldChange("ticket", number, null)), scope.username(), clock.instant());
    }

    // ---------------------------------------------------------------- internals

    private interface Change {
        CiDetails next(ConfigurationItem current);
    }

    private ConfigurationItem change(long id, @Nullable Long version, AccessScope scope, Change change) {
        return change(id, version, scope, change, true);
    }

    /** The CI if the scope reads it (else 404) and may change it (else 403). */
    private ConfigurationItem writable(long id, AccessScope scope) {
        requireWriter(scope);
        ConfigurationItem ci = reader.find(id, scope).orElseThrow(InvProblems::ciNotFound);
        writeScope.require(scope, ci.communeCode());
        return ci;
    }

    private ConfigurationItem change(long id, @Nullable Long version, AccessScope scope, Change change,
                                     boolean communeScope) {
        requireWriter(scope);
        ConfigurationItem current = communeScope ? writable(id, scope)
                : reader.find(id, scope).orElseThrow(InvProblems::ciNotFound);
        if (version == null) {
            current = store.lock(id).orElseThrow(InvProblems::ciNotFound);
        } else if (current.version() == null || !current.version().equals(version)) {
            throw InvProblems.stale("Le matériel", current.version() == null ? 0 : current.version());
        }
        CiDetails next = change.next(current);
        if (communeScope && !next.communeCode().equals(current.communeCode())) {
            writeScope.require(scope, next.communeCode());
        }
        checkReferencesAndKeys(next, current.details(), id);
        try {
            if (current.change(next, clock.instant()).isEmpty()) {
                return current;
            }
        } catch (CiRuleViolation v) {
            throw CiProblems.of(v);
        }
        try {
            return store.update(current, scope.username());
        } catch (StaleCiException e) {
            throw InvProblems.staleConcurrent("Le matériel");
        } catch (DuplicateCiException e) {
            throw CiProblems.duplicate(e.key(), null);
        }
    }

    private static CiDetails checked(CiDraft draft, CiAttributes base) {
        try {
            return CiDetails.from(draft, base);
        } catch (CiRuleViolation v) {
            throw CiProblems.of(v);
        }
    }

    private void checkReferencesAndKeys(CiDetails next, CiDetails previous, Long selfId) {
        List<Violation> errors = CiReferences.of(organisation).check(next, previous);
        if (!errors.isEmpty()) {
            throw CiProblems.of(CiRuleViolation.invalid(errors));
        }
        AccessScope all = AccessScope.system();
        Optional<ConfigurationItem> other = reader.findByAssetTag(next.assetTag(), all);
        if (other.isPresent() && !other.get().id().equals(selfId)) {
            throw CiProblems.duplicate(DuplicateCiException.Key.ASSET_TAG, other.get().id());
        }
        if (next.serialNumber() != null) {
            other = reader.findBySerial(next.manufacturer(), next.serialNumber(), all);
            if (other.isPresent() && !other.get().id().equals(selfId)) {
                throw CiProblems.duplicate(DuplicateCiException.Key.SERIAL, other.get().id());
            }
        }
        String line = next.attributes().text("lineNumber");
        if (line != null) {
            other = reader.findByLineNumber(line, all);
            if (other.isPresent() && !other.get().id().equals(selfId)) {
                throw CiProblems.duplicate(DuplicateCiException.Key.LINE_NUMBER, other.get().id());
            }
        }
        String device = next.attributes().text("agentDeviceId");
        if (device != null && !device.equals(previous == null ? null : previous.attributes().text("agentDeviceId"))) {
            other = reader.findByAgentDevice(device, all);
            if (other.isPresent() && !other.get().id().equals(selfId)) {
                throw CiProblems.duplicate(DuplicateCiException.Key.AGENT_DEVICE, other.get().id());
            }
        }
    }

    static void requireWriter(AccessScope scope) {
        if (!CiPermissions.mayWrite(scope)) {
            throw InvProblems.forbidden(scope.isReadOnly()
                    ? "Un compte en lecture seule ne modifie pas la base de configuration"
                    : "Seuls les administrateurs, les responsables de centre et les intervenants modifient la base"
                    + " de configuration");
        }
    }
}
