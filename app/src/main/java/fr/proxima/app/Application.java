package fr.proxima.app;

import fr.proxima.app.db.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Starts Proxima. With no database configured it starts the embedded MariaDB under the data directory and runs
 * in demo mode (demo organisation and logins, a generated JWT secret kept in the data directory); with a
 * database URL it runs on that database and requires a JWT secret (see {@link StartupPlan}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Proxima", version = "0.1",
                description = "ITSM et support de proximité d'une DSI mutualisée : organisation, appels, tickets."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        StartupPlan plan;
        try {
            plan = StartupPlan.prepare(Settings.fromEnvironment());
        } catch (StartupPlan.Refused e) {
            System.err.println();
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(plan.properties())
                .environments(plan.environments().toArray(String[]::new))
                .start();
        EmbeddedDatabase embedded = plan.embedded();
        if (embedded != null) {
            // Micronaut's own shutdown hook stops the context; stopping it here as well deadlocks the two hooks
            // (each holds one of the context's and the server's locks). Wait for it, then stop the database.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
                while (context.isRunning() && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                embedded.close();
            }, "proxima-embedded-db-stop"));
        }
    }
}
