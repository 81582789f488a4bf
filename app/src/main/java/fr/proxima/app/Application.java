package fr.proxima.app;

import fr.proxima.app.db.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Starts Proxima. With no database configured it starts the embedded MariaDB under the data directory and runs
 * in demo mode (demo organisation and logins, a generated JWT secret kept in the data directory); with a
 * database URL it runs on that database and requires a JWT secret.
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
        Settings settings = Settings.fromEnvironment();
        Map<String, Object> props = new HashMap<>();
        EmbeddedDatabase embedded = null;
        boolean demo = settings.demo();
        if (!settings.databaseConfigured()) {
            embedded = EmbeddedDatabase.start(settings.dataDir());
            props.put("datasources.default.url", embedded.jdbcUrl());
            props.put("datasources.default.username", embedded.username());
            props.put("datasources.default.password", embedded.password());
            demo = true;
        }
        String secret = settings.jwtSecret();
        if (secret == null) {
            if (!demo) {
                System.err.println("""

                        Proxima ne démarre pas : aucun secret JWT n'est configuré.
                        Définissez PROXIMA_JWT_SECRET (au moins 32 caractères), par exemple :
                          export PROXIMA_JWT_SECRET=$(openssl rand -hex 32)
                        (Only the demo mode, without PROXIMA_DB_URL, generates a secret by itself.)
                        """);
                if (embedded != null) {
                    embedded.close();
                }
                System.exit(2);
            }
            secret = demoSecret(settings.dataDir());
        } else if (secret.length() < 32) {
            System.err.println("PROXIMA_JWT_SECRET est trop court : 32 caractères au moins.");
            System.exit(2);
        }
        props.put("micronaut.security.token.jwt.signatures.secret.generator.secret", secret);
        props.put("proxima.demo", demo);

        List<String> envs = demo ? List.of("demo") : List.of();
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(props)
                .environments(envs.toArray(String[]::new))
                .start();
        if (embedded != null) {
            EmbeddedDatabase db = embedded;
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
                db.close();
            }, "proxima-embedded-db-stop"));
        }
    }

    /** The demo's JWT secret: generated once and kept beside the data so that tokens survive a restart. */
    private static String demoSecret(Path dataDir) {
        Path file = dataDir.resolve("jwt-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = HexFormat.of().formatHex(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the demo JWT secret in " + file, e);
        }
    }
}
