package fr.proxima.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupPlanTest {

    @TempDir
    Path dir;

    @Test
    void a_start_on_a_configured_database_without_a_jwt_secret_is_refused_with_what_to_set() {
        Settings settings = new Settings("jdbc:mariadb://db:3306/proxima", null, dir, false);
        assertThatThrownBy(() -> StartupPlan.prepare(settings))
                .isInstanceOf(StartupPlan.Refused.class)
                .hasMessageContaining("PROXIMA_JWT_SECRET");
    }

    @Test
    void a_short_jwt_secret_is_refused() {
        Settings settings = new Settings("jdbc:mariadb://db:3306/proxima", "too-short", dir, false);
        assertThatThrownBy(() -> StartupPlan.prepare(settings))
                .isInstanceOf(StartupPlan.Refused.class)
                .hasMessageContaining("trop court");
    }

    @Test
    void a_configured_database_with_a_secret_uses_them_and_is_not_demo() throws Exception {
        String secret = "x".repeat(40);
        StartupPlan plan = StartupPlan.prepare(new Settings("jdbc:mariadb://db:3306/proxima", secret, dir, false));
        assertThat(plan.embedded()).isNull();
        assertThat(plan.environments()).doesNotContain("demo");
        assertThat(plan.properties())
                .containsEntry("micronaut.security.token.jwt.signatures.secret.generator.secret", secret)
                .containsEntry("proxima.demo", false)
                .doesNotContainKey("datasources.default.url");
    }

    @Test
    void the_demo_secret_is_generated_once_and_kept() {
        String first = StartupPlan.demoSecret(dir);
        String second = StartupPlan.demoSecret(dir);
        assertThat(first).hasSize(64).isEqualTo(second);
        assertThat(Files.exists(dir.resolve("jwt-secret"))).isTrue();
    }
}
