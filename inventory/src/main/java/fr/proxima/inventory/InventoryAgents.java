package fr.proxima.inventory;

/**
 * The inventory agents' tokens as the assembly may set them up (demo data, deployment scripts): a token is
 * registered by its secret, which only the caller keeps (the server stores its SHA-256).
 */
public interface InventoryAgents {

    /**
     * Registers the secret as an active token of the commune unless it already is one; returns the secret.
     *
     * @throws IllegalArgumentException when the secret is not a well-formed agent token ({@code pxa_…})
     */
    String register(String communeCode, String label, String secret);

    /** A well-formed secret derived from a seed (the same seed gives the same secret), for a stable demo token. */
    String derivedSecret(byte[] seed, String purpose);
}
