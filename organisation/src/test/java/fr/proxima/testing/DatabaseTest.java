package fr.proxima.testing;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of every {@code @MicronautTest} that touches storage: a fresh MariaDB database per test class on the
 * shared test server (see {@link TestDatabase}), migrated by Flyway when the context starts.
 * Subclasses add properties with {@link #extraProperties()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> props = new HashMap<>(TestDatabase.newDatabase(getClass().getSimpleName()));
        props.putAll(extraProperties());
        return props;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
