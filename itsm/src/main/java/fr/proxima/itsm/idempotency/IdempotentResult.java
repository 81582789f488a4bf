package fr.proxima.itsm.idempotency;

/** The resource a creation produced, and whether it was produced now or by an earlier request with the same key. */
public record IdempotentResult<T>(T value, boolean replayed) {
}
