package fr.proxima.app.inventory;

import fr.proxima.app.ApiTest;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.user.UserAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The stock over HTTP against MariaDB: scope, real concurrent takers of the last unit, keys, thresholds. */
@MicronautTest
class StockApiTest extends ApiTest {
    @Inject
    EmbeddedServer server;
    @Inject
    UserAccounts users;

    long siteId;

    @BeforeAll
    void a_second_technician_of_sud_and_a_talence_site() {
        if (!users.exists("tech2.sud")) {
            users.create("tech2.sud", PASSWORD, "Léa Martin (intervenante Sud)", "tech2.sud@proxima.demo",
                    Role.TECHNICIAN, "SUD", null);
        }
        siteId = ((Number) items("admin", "/api/sites?commune=33522&size=1").get(0).get("id")).longValue();
    }

    private long article(String code) {
        Map<String, Object> a = parse(exchange("admin", HttpRequest.POST("/api/stock/articles", Map.of(
                "code", code, "name", "Article " + code, "kind", "CONSUMABLE", "category", "Toner"))).body());
        return ((Number) a.get("id")).longValue();
    }

    private void receive(long article, String centre, int quantity) {
        exchange("admin", HttpRequest.POST("/api/stock/movements", Map.of("kind", "RECEIPT", "articleId", article,
                "quantity", quantity, "toCentre", centre, "supplier", "UGAP")));
    }

    private String issueBody(long article, int quantity) {
        return "{\"kind\":\"ISSUE\",\"articleId\":" + article + ",\"quantity\":" + quantity
                + ",\"fromCentre\":\"SUD\",\"siteId\":" + siteId + ",\"ticketId\":4242}";
    }

    @Test
    void the_demo_stock_lists_every_centre_and_the_below_threshold_filter_keeps_only_those_below() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) getJson("agent.can", "/api/stock").get("items");
        assertThat(all).extracting(l -> (Object) ((Map<?, ?>) l.get("centre")).get("code")).contains("SUD", "OUEST_NORD",
                "RIVE_DROITE", "BORDEAUX_METROPOLE", "OUEST_SUD");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> below = (List<Map<String, Object>>) getJson("tech.sud",
                "/api/stock?belowThreshold=true").get("items");
        assertThat(below).allSatisfy(l -> assertThat((Boolean) l.get("belowThreshold")).isTrue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sud = (List<Map<String, Object>>) getJson("tech.sud", "/api/stock?centre=SUD")
                .get("items");
        assertThat(sud).isNotEmpty().allSatisfy(l -> assertThat(((Map<?, ?>) l.get("centre")).get("code")).isEqualTo("SUD"));
    }

    @Test
    void commune_viewers_see_no_stock_at_all() {
        for (String path : List.of("/api/stock", "/api/stock/movements", "/api/stock/articles", "/api/stock/units",
                "/api/stock/replenishment")) {
            HttpClientResponseException e = fails("viewer.talence", HttpRequest.GET(path));
            assertThat(e.getStatus().getCode()).as(path).isEqualTo(403);
            assertThat(problem(e)).as(path).containsEntry("code", "INV-3107");
        }
    }

    @Test
    void two_technicians_taking_the_last_unit_at_once_get_one_201_and_one_clear_409() throws Exception {
        long article = article("TONER-DERNIER");
        receive(article, "SUD", 1);
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(server.getURL() + "/api/stock/movements");
        String body = issueBody(article, 1);
        List<String> technicians = List.of("tech.sud", "tech2.sud", "tech.sud", "tech2.sud", "resp.sud", "tech.sud");
        technicians.forEach(this::token);
        ExecutorService pool = Executors.newFixedThreadPool(technicians.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<java.net.http.HttpResponse<String>>> answers = new ArrayList<>();
        for (String who : technicians) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.send(java.net.http.HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token(who))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (var f : answers) {
            var r = f.get();
            statuses.add(r.statusCode());
            if (r.statusCode() == 409) {
                conflicts.add(r.body());
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            }
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(technicians.size() - 1);
        assertThat(conflicts).allSatisfy(b -> assertThat(parse(b)).containsEntry("code", "INV-3102")
                .containsEntry("available", 0).containsEntry("title", "Stock insuffisant"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> level = (List<Map<String, Object>>) getJson("tech.sud",
                "/api/stock?centre=SUD&article=" + article).get("items");
        assertThat(level).singleElement().satisfies(l -> assertThat(l.get("quantity")).isEqualTo(0));
        var ledger = items("tech.sud", "/api/stock/movements?article=" + article);
        assertThat(ledger).extracting(m -> m.get("kind")).containsExactly("ISSUE", "RECEIPT");
        assertThat(ledger.get(0)).containsEntry("ticketId", 4242).containsEntry("communeCode", "33522");
    }

    @Test
    void a_movement_retried_with_its_idempotency_key_is_made_once() {
        long article = article("TONER-RETRY");
        receive(article, "SUD", 5);
        HttpResponse<String> first = http().exchange(as("tech.sud", HttpRequest.POST("/api/stock/movements",
                issueBody(article, 2)).header("Idempotency-Key", "sortie-7f3a")), String.class);
        HttpResponse<String> again = http().exchange(as("tech.sud", HttpRequest.POST("/api/stock/movements",
                issueBody(article, 2)).header("Idempotency-Key", "sortie-7f3a")), String.class);
        assertThat(first.code()).isEqualTo(201);
        assertThat(first.header("Location")).startsWith("/api/stock/movements/");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(parse(again.body()).get("id")).isEqualTo(parse(first.body()).get("id"));
        HttpClientResponseException other = fails("tech.sud", HttpRequest.POST("/api/stock/movements",
                issueBody(article, 1)).header("Idempotency-Key", "sortie-7f3a"));
        assertThat(other.getStatus().getCode()).isEqualTo(422);
        assertThat(problem(other)).containsEntry("code", "INV-3108");
    }

    @Test
    void a_technician_moves_only_its_centre_and_the_can_only_reads() {
        long article = article("TONER-NORD");
        receive(article, "OUEST_NORD", 3);
        String body = "{\"kind\":\"ISSUE\",\"articleId\":" + article + ",\"quantity\":1,\"fromCentre\":\"OUEST_NORD\","
                + "\"siteId\":" + siteId + "}";
        assertThat(problem(fails("tech.sud", HttpRequest.POST("/api/stock/movements", body)))).containsEntry("code",
                "INV-3107");
        assertThat(fails("agent.can", HttpRequest.POST("/api/stock/movements", body)).getStatus().getCode())
                .isEqualTo(403);
    }

    @Test
    void the_centre_manager_sets_its_thresholds_with_the_version_and_a_stale_one_is_409() {
        long article = article("TONER-SEUIL-API");
        Map<String, Object> set = parse(exchange("resp.sud", HttpRequest.PUT("/api/stock/thresholds/SUD/" + article,
                Map.of("minimum", 5, "version", 0))).body());
        assertThat(set).containsEntry("minThreshold", 5).containsEntry("belowThreshold", true).containsEntry("version", 1);
        HttpClientResponseException stale = fails("resp.sud", HttpRequest.PUT("/api/stock/thresholds/SUD/" + article,
                Map.of("minimum", 7, "version", 0)));
        assertThat(stale.getStatus().getCode()).isEqualTo(409);
        assertThat(problem(stale)).containsEntry("code", "INV-3106").containsEntry("currentVersion", 1);
        assertThat(fails("resp.sud", HttpRequest.PUT("/api/stock/thresholds/OUEST_NORD/" + article,
                Map.of("minimum", 7, "version", 0))).getStatus().getCode()).isEqualTo(403);
        assertThat(fails("tech.sud", HttpRequest.PUT("/api/stock/thresholds/SUD/" + article,
                Map.of("minimum", 7, "version", 1))).getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void the_replenishment_view_says_what_to_transfer_and_what_to_order_with_its_formula() {
        Map<String, Object> plan = getJson("resp.sud", "/api/stock/replenishment");
        assertThat(plan).containsEntry("windowWeeks", 12);
        assertThat((String) plan.get("formula")).contains("12 semaines");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> articles = (List<Map<String, Object>>) plan.get("articles");
        assertThat(articles).isNotEmpty();
        assertThat(articles).anySatisfy(a -> assertThat((List<?>) a.get("transfers")).isNotEmpty());
        assertThat(articles.get(0)).containsKeys("centres", "transfers", "orders");
    }
}
