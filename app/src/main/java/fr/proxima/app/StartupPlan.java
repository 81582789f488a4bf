package fr.proxima.app;

import fr.proxima.app.db.EmbeddedDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What a start needs before the application context exists: which database (the configured one, or the embedded
 * MariaDB, which implies demo mode), and the JWT secret (configured; generated and kept in the data directory in
 * demo mode only; a start on a real database without one is refused with a message saying what to set).
 */
record StartupPlan(Map<String, Object> properties, List<String> environments, EmbeddedDatabase embedded) {

    static final int MIN_SECRET_LENGTH = 32;

    /** A start that must not happen; the message tells the operator what to do, in French and English. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    static StartupPlan prepare(Settings settings) throws Refused {
        String secret = settings.jwtSecret();
        boolean demo = settings.demo() || !settings.databaseConfigured();
        if (secret == null && !demo) {
            throw new Refused("""
                    Proxima ne démarre pas : aucun secret JWT n'est configuré (PROXIMA_JWT_SECRET).
                    Définissez-le (32 caractères au moins), par exemple : export PROXIMA_JWT_SECRET=$(openssl rand -hex 32)
                    Proxima refuses to start: PROXIMA_JWT_SECRET is not set. Only the demo mode (no PROXIMA_DB_URL)
                    generates a secret by itself.""");
        }
        if (secret != null && secret.length() < MIN_SECRET_LENGTH) {
            throw new Refused("Proxima ne démarre pas : PROXIMA_JWT_SECRET est trop court (" + MIN_SECRET_LENGTH
                    + " caractères au moins). / PROXIMA_JWT_SECRET is too short (at least " + MIN_SECRET_LENGTH
                    + " characters).");
        }
        Map<String, Object> props = new HashMap<>();
        EmbeddedDatabase embedded = null;
        if (!settings.databaseConfigured()) {
            embedded = EmbeddedDatabase.start(settings.dataDir());
            props.put("datasources.default.url", embedded.jdbcUrl());
            props.put("datasources.default.username", embedded.username());
            props.put("datasources.default.password", embedded.password());
        }
        props.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                secret != null ? secret : demoSecret(settings.dataDir()));
        props.put("proxima.demo", demo);
        return new StartupPlan(props, demo ? List.of("demo") : List.of(), embedded);
    }

    /** The demo's JWT secret: generated once and kept beside the data so that tokens survive a restart. */
    static String demoSecret(Path dataDir) {
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
