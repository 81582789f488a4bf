package fr.proxima.app.demo;

import fr.proxima.inventory.InventoryAgents;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * The demo inventory-agent token of Talence, printed at start-up so that a FusionInventory agent can be pointed at
 * the demo server at once. Derived from the demo JWT secret (kept in the data directory), so it stays the same
 * from one start to the next; only its SHA-256 is in the database, like any token.
 */
@Singleton
@Requires(property = "proxima.demo", value = "true")
public class DemoAgentToken {
    public static final String TALENCE = "33522";

    private final InventoryAgents agents;
    private final String seed;
    private volatile String secret;

    DemoAgentToken(InventoryAgents agents,
                   @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String seed) {
        this.agents = agents;
        this.seed = seed;
    }

    @EventListener
    @Order(30)
    void onStartup(StartupEvent event) {
        secret();
    }

    /** The demo token of Talence (registered on first use). */
    public String secret() {
        if (secret == null) {
            String s = agents.derivedSecret(seed.getBytes(StandardCharsets.UTF_8), "demo-agent-token:" + TALENCE);
            secret = agents.register(TALENCE, "Démonstration — agents de Talence", s);
        }
        return secret;
    }
}
