package fr.proxima.app.ticket;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tickets API over HTTP with real logins: creation, idempotency, transitions, scoping on every read path. */
@MicronautTest(transactional = false)
class TicketApiTest extends TicketApiSupport {
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";

    long talenceId;
    String talenceNumber;
    long pessacId;
    String pessacNumber;

    static Map<String, Object> incident(String commune, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "INCIDENT");
        m.put("title", title);
        m.put("description", "Signalé par téléphone au CAN");
        m.put("commune", commune);
        m.put("impact", "MEDIUM");
        m.put("urgency", "HIGH");
        m.put("category", "POSTE_LENTEUR");
        return m;
    }

    @BeforeAll
    void tickets() {
        HttpResponse<Map<String, Object>> t = call("agent.can",
                HttpRequest.POST("/api/tickets", incident(TALENCE, "Poste très lent à la mairie de Talence")));
        talenceId = ((Number) body(t).get("id")).longValue();
        talenceNumber = (String) body(t).get("number");
        HttpResponse<Map<String, Object>> p = call("agent.can",
                HttpRequest.POST("/api/tickets", incident(PESSAC, "Poste très lent à la mairie de Pessac")));
        pessacId = ((Number) body(p).get("id")).longValue();
        pessacNumber = (String) body(p).get("number");
    }

    @Test
    void creating_a_talence_ticket_answers_201_with_location_number_status_priority_and_centre_sud() {
        HttpResponse<Map<String, Object>> r = call("agent.can",
                HttpRequest.POST("/api/tickets", incident(TALENCE, "Écran noir au service état civil")));
        assertThat(r.code()).isEqualTo(HttpStatus.CREATED.getCode());
        Map<String, Object> b = body(r);
        assertThat(r.header("Location")).isEqualTo("/api/tickets/" + b.get("id"));
        assertThat((String) b.get("number")).matches("INC-\\d{4}-\\d{6}");
        assertThat(b.get("status")).isEqualTo("NEW");
        assertThat(b.get("priority")).isEqualTo("P2");
        assertThat(b.get("centre")).isEqualTo(Map.of("code", "SUD", "name", ((Map<?, ?>) b.get("centre")).get("name")));
        assertThat((String) ((Map<?, ?>) b.get("centre")).get("name")).isNotBlank();
        assertThat(b).containsKeys("version", "commune", "category", "createdAt", "allowedTransitions");
    }

    @Test
    void invalid_input_is_a_400_problem_with_field_errors() {
        Map<String, Object> bad = incident("33999", "x");
        bad.put("category", "NOPE");
        HttpResponse<Map<String, Object>> r = call("agent.can", HttpRequest.POST("/api/tickets", bad));
        assertThat(r.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(body(r).get("code")).isEqualTo("ITSM-2001");
        assertThat(list(body(r).get("errors"))).extracting(e -> (Object) ((Map<?, ?>) e).get("field"))
                .containsExactlyInAnyOrder("commune", "category");

        Map<String, Object> tooLong = incident(TALENCE, "t".repeat(201));
        assertThat(call("agent.can", HttpRequest.POST("/api/tickets", tooLong)).code())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
    }

    @Test
    void the_same_idempotency_key_and_body_give_the_same_ticket_and_another_body_a_422() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> req = incident(TALENCE, "Imprimante bloquée " + key);
        HttpResponse<Map<String, Object>> first = call("agent.can",
                HttpRequest.POST("/api/tickets", req).header("Idempotency-Key", key));
        HttpResponse<Map<String, Object>> again = call("agent.can",
                HttpRequest.POST("/api/tickets", req).header("Idempotency-Key", key));
        assertThat(first.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(again.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(body(again).get("id")).isEqualTo(body(first).get("id"));
        assertThat(body(again).get("number")).isEqualTo(body(first).get("number"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

        HttpResponse<Map<String, Object>> other = call("agent.can", HttpRequest.POST("/api/tickets",
                incident(TALENCE, "Autre chose")).header("Idempotency-Key", key));
        assertThat(other.code()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        assertThat(body(other).get("code")).isEqualTo("ITSM-2090");
    }

    @Test
    void transitions_check_the_state_the_version_and_the_role() {
        Map<String, Object> created = body(call("agent.can",
                HttpRequest.POST("/api/tickets", incident(TALENCE, "Téléphone fixe muet"))));
        long id = ((Number) created.get("id")).longValue();
        int version = ((Number) created.get("version")).intValue();

        HttpResponse<Map<String, Object>> illegal = call("tech.sud", HttpRequest.POST("/api/tickets/" + id
                + "/resolve", Map.of("version", version, "resolutionCode", "FIXED", "resolutionText", "ok")));
        assertThat(illegal.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(body(illegal).get("code")).isEqualTo("ITSM-2010");
        assertThat(body(illegal).get("allowedTransitions")).isEqualTo(List.of("assign", "take", "cancel"));

        assertThat(body(call("tech.sud", HttpRequest.GET("/api/tickets/" + id))).get("permittedActions"))
                .isEqualTo(List.of("edit", "assign", "take", "cancel"));
        assertThat(body(call("agent.can", HttpRequest.GET("/api/tickets/" + id))).get("permittedActions"))
                .isEqualTo(List.of("edit", "cancel"));
        assertThat(body(call("viewer.talence", HttpRequest.GET("/api/tickets/" + id))).get("permittedActions"))
                .isEqualTo(List.of());
        HttpResponse<Map<String, Object>> viewer = call("viewer.talence",
                HttpRequest.POST("/api/tickets/" + id + "/take", Map.of("version", version)));
        assertThat(viewer.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());

        HttpResponse<Map<String, Object>> taken = call("tech.sud",
                HttpRequest.POST("/api/tickets/" + id + "/take", Map.of("version", version)));
        assertThat(taken.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(body(taken).get("status")).isEqualTo("IN_PROGRESS");

        HttpResponse<Map<String, Object>> stale = call("tech.sud", HttpRequest.POST("/api/tickets/" + id + "/hold",
                Map.of("version", version, "reason", "SUPPLIER")));
        assertThat(stale.code()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(body(stale).get("code")).isEqualTo("ITSM-2002");

        HttpResponse<Map<String, Object>> patched = call("agent.can", HttpRequest.PATCH("/api/tickets/" + id,
                Map.of("version", body(taken).get("version"), "impact", "HIGH")));
        assertThat(patched.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(body(patched).get("priority")).isEqualTo("P1");

        List<Object> history = callList("agent.can", HttpRequest.GET("/api/tickets/" + id + "/history"));
        assertThat(history).extracting(h -> (Object) ((Map<?, ?>) h).get("field")).contains("status", "impact", "priority");
    }

    @Test
    void viewer_pessac_gets_404_for_a_talence_ticket_on_every_read_path() {
        // get
        HttpResponse<Map<String, Object>> get = call("viewer.pessac", HttpRequest.GET("/api/tickets/" + talenceId));
        assertThat(get.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(body(get).get("code")).isEqualTo("ITSM-2004");
        assertThat(get.getBody(String.class).orElse("")).doesNotContain(talenceNumber);
        // same answer as an id that does not exist
        HttpResponse<Map<String, Object>> unknown = call("viewer.pessac", HttpRequest.GET("/api/tickets/99999999"));
        assertThat(body(unknown)).containsEntry("code", "ITSM-2004").containsEntry("detail", body(get).get("detail"));
        // history
        HttpResponse<Map<String, Object>> history = call("viewer.pessac",
                HttpRequest.GET("/api/tickets/" + talenceId + "/history"));
        assertThat(history.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        // list: not listed, and not counted
        Map<String, Object> list = body(call("viewer.pessac", HttpRequest.GET("/api/tickets?size=200")));
        assertThat(list).as("list answer %s", list).containsKey("items");
        assertThat(numbers(list)).contains(pessacNumber).doesNotContain(talenceNumber);
        Map<String, Object> filtered = body(call("viewer.pessac", HttpRequest.GET("/api/tickets?commune=" + TALENCE)));
        assertThat(numbers(filtered)).isEmpty();
        assertThat(((Map<?, ?>) filtered.get("page")).get("totalItems")).isEqualTo(0);
        // search
        Map<String, Object> search = body(call("viewer.pessac", HttpRequest.GET("/api/tickets?q=Talence")));
        assertThat(numbers(search)).isEmpty();
        assertThat(((Map<?, ?>) search.get("page")).get("totalItems")).isEqualTo(0);
        Map<String, Object> searchLent = body(call("viewer.pessac", HttpRequest.GET("/api/tickets?q=lent")));
        assertThat(numbers(searchLent)).contains(pessacNumber).doesNotContain(talenceNumber);
        assertThat(((Map<?, ?>) searchLent.get("page")).get("totalIsLowerBound")).isEqualTo(false);
        assertThat(((Map<?, ?>) searchLent.get("page")).get("sort")).isEqualTo("createdAt,desc");
        // export
        String csv = export("viewer.pessac", "/api/tickets/export");
        assertThat(csv).contains(pessacNumber).doesNotContain(talenceNumber);
        assertThat(export("viewer.pessac", "/api/tickets/export?commune=" + TALENCE).lines()).hasSize(1);
        // changes: 404 too (it cannot even read it)
        assertThat(call("viewer.pessac", HttpRequest.POST("/api/tickets/" + talenceId + "/take",
                Map.of("version", 0))).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        // while the Talence viewer reads it
        assertThat(call("viewer.talence", HttpRequest.GET("/api/tickets/" + talenceId)).code())
                .isEqualTo(HttpStatus.OK.getCode());
    }

    @Test
    void the_export_is_utf8_with_bom_semicolons_and_french_headers() {
        byte[] bytes = http().retrieve(as("agent.can",
                HttpRequest.GET("/api/tickets/export?commune=" + TALENCE)), byte[].class);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Numéro;Type;Titre;Statut;Priorité");
        assertThat(csv).contains(talenceNumber + ";Incident;Poste très lent à la mairie de Talence;NEW;P2");
        assertThat(csv).doesNotContain(pessacNumber);
    }

    @Test
    void bad_search_parameters_are_400_and_a_page_is_at_most_200() {
        assertThat(call("agent.can", HttpRequest.GET("/api/tickets?size=201")).code())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(call("agent.can", HttpRequest.GET("/api/tickets?status=WHATEVER")).code())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(call("agent.can", HttpRequest.GET("/api/tickets?sort=title")).code())
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        Map<String, Object> open = body(call("agent.can", HttpRequest.GET(
                "/api/tickets?status=NEW,ASSIGNED&status=IN_PROGRESS&sort=createdAt,asc&size=1")));
        assertThat(((Map<?, ?>) open.get("page")).get("sort")).isEqualTo("createdAt,asc");
        assertThat(numbers(open)).containsExactly(talenceNumber);
    }

    @Test
    void the_category_tree_and_the_priority_matrix_are_readable_by_everyone() {
        List<Object> tree = callList("viewer.pessac", HttpRequest.GET("/api/categories"));
        assertThat(tree).extracting(n -> (Object) ((Map<?, ?>) n).get("code")).contains("POSTE", "IMPRESSION", "TELEPHONIE",
                "MESSAGERIE", "APPLICATIONS", "RESEAU", "COMPTES", "MATERIEL");
        Map<?, ?> poste = (Map<?, ?>) tree.get(0);
        assertThat(list(poste.get("children"))).extracting(n -> (Object) ((Map<?, ?>) n).get("code"))
                .contains("POSTE_MATERIEL", "POSTE_LOGICIEL", "POSTE_LENTEUR");
        Map<String, Object> matrix = body(call("tech.sud", HttpRequest.GET("/api/priority-matrix")));
        assertThat(list(matrix.get("cells"))).hasSize(9);
        assertThat(call("tech.sud", HttpRequest.PUT("/api/priority-matrix", matrix)).code())
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(call("agent.can", HttpRequest.POST("/api/categories",
                Map.of("code", "TEST_CAT", "name", "Essai"))).code()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private String export(String user, String uri) {
        byte[] bytes = http().retrieve(as(user, HttpRequest.GET(uri)), byte[].class);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static List<Object> numbers(Map<String, Object> list) {
        return ((List<?>) list.get("items")).stream().map(i -> ((Map<?, ?>) i).get("number")).map(Object.class::cast)
                .toList();
    }
}
