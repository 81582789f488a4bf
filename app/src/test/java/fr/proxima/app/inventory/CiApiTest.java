package fr.proxima.app.inventory;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The configuration database over HTTP: codes, versions, idempotency, filters, relations, catalogue, ticket links. */
@MicronautTest
class CiApiTest extends ApiTest {
    static final String TALENCE = "33522";

    long talencePerson;

    @BeforeAll
    void people() {
        Map<String, Object> person = items("admin", "/api/people?commune=" + TALENCE + "&size=1").get(0);
        talencePerson = ((Number) person.get("id")).longValue();
    }

    static String tag(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    Map<String, Object> desktop(String tag) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "DESKTOP");
        body.put("assetTag", tag);
        body.put("serialNumber", "SN" + tag);
        body.put("manufacturer", "Dell Inc.");
        body.put("model", "OptiPlex 7010");
        body.put("status", "IN_SERVICE");
        body.put("commune", TALENCE);
        body.put("person", talencePerson);
        body.put("acquisitionDate", "15/03/2024");
        body.put("attributes", Map.of("hostname", tag.toLowerCase(), "ramMb", 16384));
        return body;
    }

    Map<String, Object> create(String user, Map<String, Object> body) {
        return parse(exchange(user, HttpRequest.POST("/api/cis", body)).body());
    }

    static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    String code(String user, HttpRequest<?> request) {
        return String.valueOf(problem(fails(user, (io.micronaut.http.MutableHttpRequest<?>) request)).get("code"));
    }

    @Test
    void a_technician_registers_a_workstation_and_reads_it_back_with_its_names() {
        String tag = tag("PC");
        HttpResponse<String> r = exchange("tech.sud", HttpRequest.POST("/api/cis", desktop(tag)));
        assertThat(r.code()).isEqualTo(201);
        assertThat(r.header("Location")).startsWith("/api/cis/");
        Map<String, Object> ci = getJson("viewer.talence", r.header("Location"));
        assertThat(ci).containsEntry("assetTag", tag).containsEntry("manufacturer", "Dell")
                .containsEntry("acquisitionDate", "2024-03-15").containsEntry("typeLabel", "Poste fixe");
        assertThat(((Map<?, ?>) ci.get("commune")).get("name")).isEqualTo("Talence");
        assertThat(((Map<?, ?>) ci.get("person")).get("name")).isNotNull();
        assertThat(ci.get("attributes").toString()).contains("ramMb=16384");
        assertThat((List<?>) ci.get("history")).hasSize(1);
        assertThat(ci.get("allowedStatuses").toString()).contains("RETIRED");
    }

    @Test
    void an_idempotent_creation_replays_the_first_ci_and_refuses_the_key_for_another_body() {
        Map<String, Object> body = desktop(tag("PC"));
        HttpResponse<String> first = exchange("admin", HttpRequest.POST("/api/cis", body).header("Idempotency-Key", "k-1"));
        HttpResponse<String> again = exchange("admin", HttpRequest.POST("/api/cis", body).header("Idempotency-Key", "k-1"));
        assertThat(id(parse(again.body()))).isEqualTo(id(parse(first.body())));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        HttpClientResponseException e = fails("admin", HttpRequest.POST("/api/cis", desktop(tag("PC")))
                .header("Idempotency-Key", "k-1"));
        assertThat(e.getStatus().getCode()).isEqualTo(422);
        assertThat(problem(e)).containsEntry("code", "INV-3090");
    }

    @Test
    void invalid_input_names_every_field_and_roles_and_duplicates_have_their_codes() {
        Map<String, Object> bad = desktop("x");
        bad.put("status", "PERDU");
        bad.put("attributes", Map.of("lineNumber", "0612345678"));
        Map<String, Object> p = problem(fails("admin", HttpRequest.POST("/api/cis", bad)));
        assertThat(p).containsEntry("code", "INV-3001").containsEntry("status", 400);
        assertThat((List<Map<String, Object>>) p.get("errors")).extracting(m -> m.get("field"))
                .contains("assetTag", "status", "attributes.lineNumber");
        assertThat(code("viewer.talence", HttpRequest.POST("/api/cis", desktop(tag("PC"))))).isEqualTo("INV-3003");
        assertThat(code("agent.can", HttpRequest.POST("/api/cis", desktop(tag("PC"))))).isEqualTo("INV-3003");
        String tag = tag("PC");
        create("admin", desktop(tag));
        assertThat(code("admin", HttpRequest.POST("/api/cis", desktop(tag)))).isEqualTo("INV-3005");
    }

    @Test
    void a_centre_changes_the_cis_of_its_communes_only_and_the_ci_says_so() {
        long talence = id(create("admin", desktop(tag("PC"))));
        Map<String, Object> bordeaux = desktop(tag("PC"));
        bordeaux.put("commune", "33063");
        bordeaux.remove("person");
        long other = id(create("admin", bordeaux));
        // tech.sud (centre Sud: Pessac, Talence, Bègles) reads Bordeaux's CI, may not change it, and is told why
        assertThat(getJson("tech.sud", "/api/cis/" + talence)).containsEntry("mayChange", true);
        assertThat(getJson("tech.sud", "/api/cis/" + other)).containsEntry("mayChange", false);
        assertThat(getJson("admin", "/api/cis/" + other)).containsEntry("mayChange", true);
        assertThat(getJson("tech.rivedroite", "/api/cis/" + talence)).containsEntry("mayChange", false);
        assertThat(getJson("viewer.talence", "/api/cis/" + talence)).containsEntry("mayChange", false);
        Map<String, Object> patch = new HashMap<>();
        patch.put("version", 0);
        patch.put("notes", "Déplacé au 2e étage");
        HttpClientResponseException refused = fails("tech.sud", HttpRequest.PATCH("/api/cis/" + other, patch));
        assertThat(refused.getStatus().getCode()).isEqualTo(403);
        assertThat(refused.getResponse().getContentType().map(Object::toString)).contains("application/problem+json");
        assertThat(problem(refused)).containsEntry("code", "INV-3003");
        assertThat(String.valueOf(problem(refused).get("detail"))).contains("Bordeaux").contains("Sud");
        assertThat(code("tech.sud", HttpRequest.POST("/api/cis", bordeaux))).isEqualTo("INV-3003");
        assertThat(parse(exchange("tech.sud", HttpRequest.PATCH("/api/cis/" + talence, patch)).body()))
                .containsEntry("version", 1);
    }

    @Test
    void put_and_patch_need_the_current_version() {
        Map<String, Object> ci = create("admin", desktop(tag("PC")));
        long id = id(ci);
        Map<String, Object> patch = new HashMap<>();
        patch.put("version", 0);
        patch.put("status", "UNDER_REPAIR");
        patch.put("clear", List.of("person"));
        Map<String, Object> patched = parse(exchange("tech.sud", HttpRequest.PATCH("/api/cis/" + id, patch)).body());
        assertThat(patched).containsEntry("status", "UNDER_REPAIR").containsEntry("version", 1);
        assertThat(patched.get("person")).isNull();
        HttpClientResponseException stale = fails("tech.sud", HttpRequest.PATCH("/api/cis/" + id, patch));
        assertThat(stale.getStatus().getCode()).isEqualTo(409);
        assertThat(problem(stale)).containsEntry("code", "INV-3002").containsEntry("currentVersion", 1);
        Map<String, Object> put = desktop((String) ci.get("assetTag"));
        put.put("version", 1);
        put.put("status", "RETIRED");
        put.put("person", null);
        assertThat(parse(exchange("admin", HttpRequest.PUT("/api/cis/" + id, put)).body())).containsEntry("status", "RETIRED");
        put.put("version", 2);
        put.put("status", "IN_SERVICE");
        Map<String, Object> refused = problem(fails("admin", HttpRequest.PUT("/api/cis/" + id, put)));
        assertThat(refused).containsEntry("code", "INV-3010").containsEntry("allowedStatuses", List.of());
        patch.put("version", 2);
        patch.put("clear", List.of("assetTag"));
        assertThat(code("admin", HttpRequest.PATCH("/api/cis/" + id, patch))).isEqualTo("INV-3001");
    }

    @Test
    void the_list_filters_combine_and_a_bad_filter_is_a_400() {
        String tag = tag("COP");
        Map<String, Object> copier = new HashMap<>(Map.of("type", "Copieur multifonction", "assetTag", tag,
                "serialNumber", "RIC" + tag, "manufacturer", "RICOH", "model", "IM C3000", "status", "en service",
                "commune", TALENCE, "attributes", Map.of("color", "oui", "pageCounter", "125 000")));
        long id = id(create("admin", copier));
        assertThat(items("viewer.talence", "/api/cis?type=COPIER&status=IN_SERVICE&commune=" + TALENCE))
                .extracting(m -> m.get("assetTag")).contains(tag);
        assertThat(items("admin", "/api/cis?serial=ric" + tag.toLowerCase())).extracting(m -> m.get("id"))
                .containsExactly((int) id);
        assertThat(items("admin", "/api/cis?assetTag=" + tag.toLowerCase())).hasSize(1);
        assertThat(items("admin", "/api/cis?q=" + tag.substring(4) + "&manufacturer=Ricoh")).hasSize(1);
        assertThat(items("admin", "/api/cis?model=C3000&type=PRINTER")).isEmpty();
        Map<String, Object> page = getJson("admin", "/api/cis?commune=" + TALENCE + "&size=1");
        assertThat(page).containsKeys("items", "page", "size", "hasNext", "total", "sort");
        Map<String, Object> p = problem(fails("admin", HttpRequest.GET("/api/cis?type=FRIGO&size=0&sort=x")));
        assertThat(p).containsEntry("code", "INV-3001");
        assertThat((List<Map<String, Object>>) p.get("errors")).extracting(m -> m.get("field"))
                .containsExactlyInAnyOrder("type", "size", "sort");
    }

    @Test
    void a_free_text_search_counts_every_match_on_every_page() {
        String word = "Modele" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> pc = desktop(tag("PC"));
            pc.put("model", "OptiPlex " + word);
            create("admin", pc);
        }
        Map<String, Object> first = getJson("admin", "/api/cis?q=" + word.toLowerCase() + "&size=2");
        assertThat(first).containsEntry("total", 3).containsEntry("hasNext", true);
        assertThat((List<?>) first.get("items")).hasSize(2);
        Map<String, Object> second = getJson("admin", "/api/cis?q=optiplex+" + word + "&size=2&page=1");
        assertThat(second).containsEntry("total", 3).containsEntry("hasNext", false);
        assertThat((List<?>) second.get("items")).hasSize(1);
        assertThat(getJson("viewer.talence", "/api/cis?q=" + word + "&size=1")).containsEntry("total", 3);
        assertThat(getJson("viewer.pessac", "/api/cis?q=" + word + "&size=1")).containsEntry("total", 0);
    }

    @Test
    void relations_are_created_listed_refused_and_removed_over_http() {
        long pc = id(create("admin", desktop(tag("PC"))));
        long screen = id(create("admin", Map.of("type", "MONITOR", "assetTag", tag("ECR"), "manufacturer", "iiyama",
                "status", "IN_SERVICE", "commune", TALENCE)));
        HttpResponse<String> created = exchange("tech.sud", HttpRequest.POST("/api/cis/" + screen + "/relations",
                Map.of("type", "PART_OF", "target", pc)));
        assertThat(created.code()).isEqualTo(201);
        assertThat(code("tech.sud", HttpRequest.POST("/api/cis/" + pc + "/relations", Map.of("type", "CONNECTED_TO",
                "target", pc)))).isEqualTo("INV-3020");
        assertThat(code("tech.sud", HttpRequest.POST("/api/cis/" + screen + "/relations", Map.of("type", "PART_OF",
                "target", pc)))).isEqualTo("INV-3021");
        assertThat(code("tech.sud", HttpRequest.POST("/api/cis/" + pc + "/relations", Map.of("type", "PART_OF",
                "target", screen)))).isEqualTo("INV-3022");
        List<Map<String, Object>> relations = getList("viewer.talence", "/api/cis/" + pc + "/relations");
        assertThat(relations).singleElement().satisfies(r -> assertThat(r).containsEntry("direction", "INCOMING"));
        long relation = id(relations.get(0));
        assertThat(exchange("tech.sud", HttpRequest.DELETE("/api/cis/" + pc + "/relations/" + relation)).code())
                .isEqualTo(204);
        assertThat(getList("admin", "/api/cis/" + screen + "/relations")).isEmpty();
    }

    @Test
    void the_catalogue_is_edited_by_admins_and_managers_and_counts_installations() {
        String name = "Logiciel " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(code("tech.sud", HttpRequest.POST("/api/software", Map.of("name", name, "status", "APPROVED"))))
                .isEqualTo("INV-3003");
        Map<String, Object> entry = parse(exchange("resp.sud", HttpRequest.POST("/api/software", Map.of("name", name,
                "publisher", "Éditeur", "status", "APPROVED", "licences", 10, "versions", List.of("1.0", "2.0"))))
                .body());
        assertThat(code("admin", HttpRequest.POST("/api/software", Map.of("name", name + " (x64)",
                "status", "APPROVED")))).isEqualTo("INV-3031");
        long pc = id(create("admin", desktop(tag("PC"))));
        exchange("tech.sud", HttpRequest.POST("/api/cis/" + pc + "/software", Map.of("name", name + " 2.0 (x64)",
                "version", "2.0")));
        Map<String, Object> read = getJson("viewer.talence", "/api/software/" + id(entry));
        assertThat(read).containsEntry("installations", 1).containsEntry("versions", List.of("1.0", "2.0"));
        assertThat(items("admin", "/api/software/" + id(entry) + "/installations")).extracting(m -> m.get("id"))
                .containsExactly((int) pc);
        List<?> software = getList("admin", "/api/cis/" + pc + "/software");
        assertThat(software).singleElement().satisfies(s -> assertThat(s.toString()).contains("catalogueStatus=APPROVED"));
        Map<String, Object> put = new HashMap<>(Map.of("version", 0, "name", name, "status", "TO_RETIRE"));
        assertThat(parse(exchange("admin", HttpRequest.PUT("/api/software/" + id(entry), put)).body()))
                .containsEntry("status", "TO_RETIRE");
        assertThat(code("admin", HttpRequest.PUT("/api/software/" + id(entry), put))).isEqualTo("INV-3002");
        assertThat(items("admin", "/api/software?status=TO_RETIRE&q=" + name.substring(9))).hasSize(1);
    }

    @Test
    void the_can_console_gets_a_caller_s_equipment() {
        String tag = tag("PC");
        create("admin", desktop(tag));
        assertThat(getList("agent.can", "/api/people/" + talencePerson + "/cis")).extracting(m -> m.get("assetTag"))
                .contains(tag);
        assertThat(code("viewer.pessac", HttpRequest.GET("/api/people/" + talencePerson + "/cis")))
                .isEqualTo("INV-3009");
    }

    @Test
    void a_ticket_names_cis_and_a_ci_page_lists_its_tickets() {
        long pc = id(create("admin", desktop(tag("PC"))));
        Map<String, Object> ticket = parse(exchange("agent.can", HttpRequest.POST("/api/tickets", Map.of(
                "type", "INCIDENT", "title", "Poste bloqué au démarrage", "commune", TALENCE, "impact", "MEDIUM",
                "urgency", "MEDIUM"))).body());
        long ticketId = id(ticket);
        assertThat(exchange("agent.can", HttpRequest.POST("/api/tickets/" + ticketId + "/cis", Map.of("ciId", pc)))
                .code()).isEqualTo(201);
        assertThat(exchange("agent.can", HttpRequest.POST("/api/cis/" + pc + "/tickets", Map.of("ticketId", ticketId)))
                .code()).isEqualTo(200);
        assertThat(getList("viewer.talence", "/api/cis/" + pc + "/tickets")).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("number", ticket.get("number")).containsEntry("status", "NEW"));
        assertThat(getList("viewer.talence", "/api/tickets/" + ticketId + "/cis")).extracting(m -> m.get("id"))
                .containsExactly((int) pc);
        assertThat(getJson("admin", "/api/cis/" + pc).get("tickets").toString()).contains((String) ticket.get("number"));
        assertThat(code("viewer.talence", HttpRequest.POST("/api/cis/" + pc + "/tickets", Map.of("ticketId", ticketId))))
                .isEqualTo("INV-3003");
        assertThat(code("agent.can", HttpRequest.POST("/api/cis/" + pc + "/tickets", Map.of("ticketId", 987654321))))
                .isEqualTo("ITSM-2004");
        assertThat(exchange("tech.sud", HttpRequest.DELETE("/api/cis/" + pc + "/tickets/" + ticketId)).code())
                .isEqualTo(204);
        assertThat(getList("admin", "/api/tickets/" + ticketId + "/cis")).isEmpty();
    }

    @Test
    void the_types_and_their_attributes_are_published() {
        List<Map<String, Object>> types = getList("agent.can", "/api/ci-types");
        assertThat(types).hasSize(12);
        assertThat(types).filteredOn(t -> t.get("type").equals("MOBILE_PHONE")).singleElement()
                .satisfies(t -> assertThat(t.get("attributes").toString()).contains("lineNumber", "operator", "plan"));
    }
}
