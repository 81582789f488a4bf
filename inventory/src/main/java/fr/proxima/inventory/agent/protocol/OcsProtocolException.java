package fr.proxima.inventory.agent.protocol;

/** A request body that is not a valid OCS message, or exceeds a limit; {@code reason} is a stable code. */
public final class OcsProtocolException extends RuntimeException {
    private final String reason;

    public OcsProtocolException(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** {@code too-large}, {@code compression}, {@code xml}, {@code dtd}, {@code query}... */
    public String reason() {
        return reason;
    }
}
