package fr.proxima.app.demo;

import fr.proxima.app.ApiTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo park: every mutualised entity gets equipment, the catalogue about 400 entries, once and quickly. */
@MicronautTest(transactional = false)
class DemoInventoryTest extends ApiTest {
    @Inject
    DemoInventory demo;

    @Test
    void each_mutualised_entity_gets_a_realistic_park_once() {
        long started = System.nanoTime();
        int created = demo.load();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[DemoInventoryTest] demo park: " + created + " CIs in " + millis + " ms");
        assertThat(created).isBetween(8_000, 25_000);
        assertThat(demo.load()).as("a second load adds nothing").isZero();

        Map<String, Object> talence = getJson("viewer.talence", "/api/cis?commune=33522&size=1");
        assertThat(((Number) talence.get("total")).intValue()).isGreaterThan(200);
        for (String type : List.of("DESKTOP", "LAPTOP", "COPIER", "MOBILE_PHONE", "SWITCH", "WIFI_ACCESS_POINT",
                "ROUTER", "MONITOR", "DESK_PHONE", "PRINTER")) {
            assertThat(items("admin", "/api/cis?commune=33522&size=1&type=" + type)).as(type).isNotEmpty();
        }
        assertThat(items("admin", "/api/cis?commune=243300316&type=SERVER")).hasSizeGreaterThan(10);
        assertThat(items("admin", "/api/software?size=200")).hasSize(200);
        assertThat(items("admin", "/api/software?size=200&page=1")).as("about 400 applications").hasSizeGreaterThan(150);

        Map<String, Object> pc = items("viewer.talence", "/api/cis?commune=33522&type=DESKTOP&status=IN_SERVICE&size=1")
                .get(0);
        Map<String, Object> full = getJson("viewer.talence", "/api/cis/" + pc.get("id"));
        assertThat((List<?>) full.get("software")).hasSizeGreaterThan(5);
        assertThat(full.get("person")).isNotNull();

        Map<String, Object> quality = getJson("viewer.talence", "/api/cis/quality?commune=33522");
        Map<?, ?> counts = (Map<?, ?>) quality.get("counts");
        assertThat(((Number) counts.get("NOT_REPORTED")).intValue()).isPositive();
        assertThat(((Number) counts.get("WARRANTY_EXPIRED")).intValue()).isPositive();
        assertThat(((Number) counts.get("PERSON_WITHOUT_EQUIPMENT")).intValue()).isPositive();
    }
}
