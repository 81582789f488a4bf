package fr.proxima.app.demo;

import fr.proxima.organisation.Role;
import fr.proxima.organisation.user.UserAccounts;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo logins (password {@code proxima} for all), created once in demo mode only. The README lists them.
 */
@Singleton
@Requires(property = "proxima.demo", value = "true")
public class DemoUsers {
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    public static final String PASSWORD = "proxima";

    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    @Order(10)
    void onStartup(StartupEvent event) {
        load();
    }

    public void load() {
        create("admin", "Administratrice Proxima", Role.ADMIN, null, null);
        create("agent.can", "Camille Agent (CAN)", Role.CAN_AGENT, null, null);
        create("resp.sud", "Sophie Marchand (responsable centre Sud)", Role.CENTRE_MANAGER, "SUD", null);
        create("tech.sud", "Thomas Lefebvre (intervenant Sud)", Role.TECHNICIAN, "SUD", null);
        create("tech.rivedroite", "Julien Moreau (intervenant Rive droite)", Role.TECHNICIAN, "RIVE_DROITE", null);
        create("viewer.talence", "Mairie de Talence (lecture)", Role.COMMUNE_VIEWER, null, "33522");
        create("viewer.pessac", "Mairie de Pessac (lecture)", Role.COMMUNE_VIEWER, null, "33318");
    }

    private void create(String username, String name, Role role, String team, String commune) {
        if (!accounts.exists(username)) {
            accounts.create(username, PASSWORD, name, username + "@proxima.demo", role, team, commune);
            LOG.debug("demo user {} created", username);
        }
    }
}
