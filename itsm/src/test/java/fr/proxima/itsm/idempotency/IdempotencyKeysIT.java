package fr.proxima.itsm.idempotency;

import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key protocol on its own (any resource type), and the purge. */
@MicronautTest(startApplication = false, transactional = false)
class IdempotencyKeysIT extends DatabaseTest {
    @Inject
    IdempotencyKeys keys;
    @Inject
    IdempotencyKeyPurgeJob purgeJob;

    @Test
    void a_key_runs_its_creation_once_per_principal_and_refuses_another_resource_type() {
        AtomicInteger created = new AtomicInteger();
        IdempotentResult<Long> first = keys.execute("agent.can", "k-1", "call", "h1",
                () -> (long) (100 + created.incrementAndGet()), v -> v, id -> id);
        IdempotentResult<Long> again = keys.execute("agent.can", "k-1", "call", "h1",
                () -> (long) (100 + created.incrementAndGet()), v -> v, id -> id);
        assertThat(first).isEqualTo(new IdempotentResult<>(101L, false));
        assertThat(again).isEqualTo(new IdempotentResult<>(101L, true));
        assertThat(created).hasValue(1);
        assertThatThrownBy(() -> keys.execute("agent.can", "k-1", "ticket", "h1", () -> 1L, v -> v, id -> id))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(keys.execute("tech.sud", "k-1", "call", "h1", () -> 7L, v -> v, id -> id).replayed()).isFalse();
    }

    @Test
    void a_failed_creation_leaves_the_key_free_for_a_retry() {
        assertThatThrownBy(() -> keys.execute("agent.can", "k-fail", "call", "h", () -> {
            throw new IllegalStateException("boom");
        }, (Long v) -> v, id -> id)).isInstanceOf(IllegalStateException.class);
        assertThat(keys.execute("agent.can", "k-fail", "call", "h", () -> 5L, v -> v, id -> id))
                .isEqualTo(new IdempotentResult<>(5L, false));
    }

    @Test
    void malformed_keys_are_refused_and_old_keys_are_purged() {
        assertThatThrownBy(() -> IdempotencyKeys.checkKey("espace interdite"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo("ITSM-2091"));
        keys.execute("admin", "old", "call", "h", () -> 9L, v -> v, id -> id);
        assertThat(purgeJob.purge(Instant.now().minusSeconds(3600))).isZero();
        assertThat(purgeJob.purge(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(keys.execute("admin", "old", "call", "other-body", () -> 10L, v -> v, id -> id).value())
                .isEqualTo(10L);
    }
}
