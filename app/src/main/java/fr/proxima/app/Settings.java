package fr.proxima.app;

import java.nio.file.Path;

/** The environment variables Proxima reads before the application context starts (see the README). */
record Settings(String databaseUrl, String jwtSecret, Path dataDir, boolean demo) {

    static Settings fromEnvironment() {
        String url = firstNonBlank(System.getenv("PROXIMA_DB_URL"), System.getenv("DATASOURCES_DEFAULT_URL"),
                System.getProperty("datasources.default.url"));
        String dataDir = firstNonBlank(System.getenv("PROXIMA_DATA_DIR"), System.getProperty("proxima.data-dir"), "data");
        return new Settings(url, firstNonBlank(System.getenv("PROXIMA_JWT_SECRET")),
                Path.of(dataDir), "true".equalsIgnoreCase(System.getenv("PROXIMA_DEMO")));
    }

    boolean databaseConfigured() {
        return databaseUrl != null;
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }
}
