package fr.proxima.inventory.agent.application;

import fr.proxima.inventory.agent.infrastructure.AgentTokenStore;
import fr.proxima.inventory.agent.infrastructure.AgentTokenStore.TokenRow;
import fr.proxima.inventory.agent.model.AgentTokenSecret;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Agent tokens: an administrator creates one per commune (or several: one per deployment wave, revoked one by one),
 * sees the secret once, lists and revokes them. An agent presenting a token writes into that commune only.
 */
@Singleton
public class AgentTokens implements fr.proxima.inventory.InventoryAgents {
    private final AgentTokenStore store;
    private final Organisation organisation;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;
    private final java.util.concurrent.ConcurrentHashMap<Long, Usage> usage = new java.util.concurrent.ConcurrentHashMap<>();

    AgentTokens(AgentTokenStore store, Organisation organisation,
                io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx, @Nullable Clock clock) {
        this.store = store;
        this.organisation = organisation;
        this.tx = tx;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A new token and its secret, which is not kept and cannot be shown again. */
    public record Issued(TokenRow token, AgentTokenSecret secret) {
    }

    /** The token a valid agent presented. */
    public record AgentIdentity(long tokenId, String communeCode) {
    }

    @Transactional
    public Issued create(AccessScope scope, String commune, String label) {
        requireAdmin(scope);
        return issue(commune, label, scope.username());
    }

    /** Creates a token without a user (demo data, set-up scripts). */
    @Transactional
    public Issued createForSystem(String commune, String label) {
        return issue(commune, label, AccessScope.SYSTEM);
    }

    private Issued issue(String commune, String label, String by) {
        if (commune == null || !organisation.communeExists(commune)) {
            throw ProblemException.invalidField(AgentProblems.INVALID, "commune", "unknown", "Commune inconnue");
        }
        String l = label == null || label.isBlank() ? "Agents " + organisation.communeName(commune) : label.trim();
        AgentTokenSecret secret = AgentTokenSecret.generate(random);
        long id = store.insert(commune, l, secret.hash(), secret.hint(), by, clock.instant());
        return new Issued(store.byId(id).orElseThrow(), secret);
    }

    @Override
    @Transactional
    public String register(String communeCode, String label, String secret) {
        AgentTokenSecret s = new AgentTokenSecret(secret);
        if (store.activeByHash(s.hash()).isEmpty()) {
            if (!organisation.communeExists(communeCode)) {
                throw new IllegalArgumentException("unknown commune " + communeCode);
            }
            store.insert(communeCode, label, s.hash(), s.hint(), AccessScope.SYSTEM, clock.instant());
        }
        return secret;
    }

    @Override
    public String derivedSecret(byte[] seed, String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(seed, "HmacSHA256"));
            byte[] bytes = mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return AgentTokenSecret.PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    @ReadOnly
    public List<TokenRow> list(AccessScope scope, @Nullable String commune) {
        requireAdmin(scope);
        return store.list(commune);
    }

    @ReadOnly
    public TokenRow get(AccessScope scope, long id) {
        requireAdmin(scope);
        return store.byId(id).orElseThrow(AgentProblems::tokenNotFound);
    }

    @Transactional
    public TokenRow revoke(AccessScope scope, long id, @Nullable String reason) {
        requireAdmin(scope);
        store.byId(id).orElseThrow(AgentProblems::tokenNotFound);
        store.revoke(id, scope.username(), reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
        recent.clear();
        return store.byId(id).orElseThrow();
    }

    /**
     * The identity behind a presented secret, if it is a valid, active token. A valid token is remembered for
     * {@link #CACHE_SECONDS} seconds (an agent sends a PROLOG and an INVENTORY, a fleet thousands of them): a
     * revocation on this server forgets them at once; on another server of a cluster it takes effect within that
     * delay. Unknown secrets are never remembered, so a new token works at once.
     */
    public Optional<AgentIdentity> authenticate(String presented) {
        if (!AgentTokenSecret.looksLikeOne(presented)) {
            return Optional.empty();
        }
        String hash = new AgentTokenSecret(presented).hash();
        Instant now = clock.instant();
        Known known = recent.get(hash);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.identity());
        }
        Optional<AgentIdentity> found = tx.executeRead(status -> store.activeByHash(hash))
                .map(t -> new AgentIdentity(t.id(), t.communeCode()));
        found.ifPresentOrElse(id -> recent.put(hash, new Known(id, now.plusSeconds(CACHE_SECONDS))),
                () -> recent.remove(hash));
        return found;
    }

    /** How long a checked token is trusted without reading it again. */
    public static final int CACHE_SECONDS = 60;

    private record Known(AgentIdentity identity, Instant until) {
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Known> recent = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Notes one inventory received with the token. Written at most once a minute per token (every agent of a
     * commune shares its token: a write per inventory would queue them all on one row); the count of inventories
     * is therefore approximate by the last minute's if the server stops.
     */
    public void used(long tokenId) {
        Usage u = usage.computeIfAbsent(tokenId, id -> new Usage());
        long pending = u.pending.incrementAndGet();
        Instant now = clock.instant();
        Instant last = u.lastWrite;
        if (last != null && now.isBefore(last.plusSeconds(60))) {
            return;
        }
        synchronized (u) {
            if (u.lastWrite != null && now.isBefore(u.lastWrite.plusSeconds(60))) {
                return;
            }
            u.lastWrite = now;
            pending = u.pending.getAndSet(0);
        }
        long n = pending;
        tx.executeWrite(status -> {
            store.used(tokenId, n, now);
            return null;
        });
    }

    private static final class Usage {
        final java.util.concurrent.atomic.AtomicLong pending = new java.util.concurrent.atomic.AtomicLong();
        volatile Instant lastWrite;
    }

    private static void requireAdmin(AccessScope scope) {
        if (!scope.isAdmin()) {
            throw AgentProblems.forbidden();
        }
    }
}
