package fr.proxima.app.organisation;

import fr.proxima.app.ApiTest;
import fr.proxima.app.demo.DemoOrganisation;
import fr.proxima.organisation.person.People;
import fr.proxima.organisation.site.Sites;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OrganisationApiTest extends ApiTest {
    static final String[] MUTUALISED = {"243300316", "33063", "33281", "33318", "33522", "33039", "33069", "33075",
            "33167", "33003", "33056", "33200", "33519", "33096", "33376"};

    @Inject
    People people;
    @Inject
    Sites sites;
    @Inject
    DemoOrganisation demo;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void the_communes_carry_their_centre_in_force() {
        List<Map<String, Object>> communes = getList("agent.can", "/api/communes");
        assertThat(communes).hasSizeGreaterThanOrEqualTo(29);
        assertThat(communes).filteredOn(c -> Boolean.TRUE.equals(c.get("mutualised"))).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(c -> assertThat(c.get("centre")).isNotNull());
        assertThat(communes).filteredOn(c -> "33013".equals(c.get("code"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("centre", null).containsEntry("mutualised", false));
        Map<String, Object> talence = communes.stream().filter(c -> c.get("code").equals("33522")).findFirst().orElseThrow();
        assertThat(talence).containsEntry("name", "Talence").containsEntry("kind", "COMMUNE").containsEntry("mutualised", true)
                .containsEntry("population", 46338).containsEntry("latitude", 44.808).containsKeys("longitude", "version");
        assertThat(obj(talence.get("centre"))).containsEntry("code", "SUD").containsEntry("name", "Centre de proximité Sud");
        assertThat(getJson("viewer.talence", "/api/communes/243300316")).containsEntry("kind", "METROPOLE");

        HttpClientResponseException e = fails("agent.can", HttpRequest.GET("/api/communes/99999"));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(problem(e)).containsEntry("code", "ORG-1001");
    }

    @Test
    void centres_teams_and_members() {
        List<Map<String, Object>> centres = getList("agent.can", "/api/centres");
        assertThat(centres).hasSize(5);
        Map<String, Object> sud = getJson("agent.can", "/api/centres/SUD");
        assertThat((List<Map<String, Object>>) sud.get("communes")).extracting(c -> c.get("code"))
                .containsExactlyInAnyOrder("33039", "33318", "33522");
        assertThat(problem(fails("agent.can", HttpRequest.GET("/api/centres/APPLICATIONS")))).containsEntry("code", "ORG-1002");
        assertThat(getList("agent.can", "/api/teams")).hasSize(9).extracting(t -> t.get("kind"))
                .contains("PROXIMITY_CENTRE", "SUPPORT_GROUP");
        assertThat(getList("resp.sud", "/api/teams/SUD/members")).extracting(m -> m.get("username"))
                .contains("tech.sud", "resp.sud");
        assertThat(getList("resp.sud", "/api/teams/SUD/members").get(0)).containsKeys("id", "username", "displayName", "role")
                .doesNotContainKey("passwordHash");
        assertThat(fails("agent.can", HttpRequest.GET("/api/teams/NOPE/members")).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void me_says_who_i_am() {
        Map<String, Object> me = getJson("viewer.pessac", "/api/me");
        assertThat(me).containsEntry("username", "viewer.pessac").containsEntry("role", "COMMUNE_VIEWER");
        assertThat(obj(me.get("commune"))).containsEntry("code", "33318").containsEntry("name", "Pessac");
        Map<String, Object> tech = getJson("tech.sud", "/api/me");
        assertThat(obj(tech.get("team"))).containsEntry("code", "SUD");
        assertThat(tech.get("displayName")).isEqualTo("Thomas Lefebvre (intervenant Sud)");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http().exchange(HttpRequest.GET("/api/me"), String.class)).getStatus().getCode()).isEqualTo(401);
    }

    @Test
    void the_demo_organisation_is_realistic_and_loads_once() {
        long total = 0;
        for (String code : MUTUALISED) {
            assertThat(sites.countInCommune(code)).as("sites of %s", code).isGreaterThanOrEqualTo(5);
            long n = people.countInCommune(code);
            assertThat(n).as("people of %s", code).isPositive();
            total += n;
        }
        assertThat(total).isBetween(17_500L, 18_500L);
        assertThat(people.countInCommune("243300316")).isBetween(2_900L, 3_100L);
        assertThat(people.countInCommune("33063")).isGreaterThan(people.countInCommune("33522"));
        assertThat(people.countInCommune("33550")).as("Villenave-d'Ornon is not mutualised").isZero();
        assertThat(demo.load()).isZero();
        long again = 0;
        for (String code : MUTUALISED) {
            again += people.countInCommune(code);
        }
        assertThat(again).isEqualTo(total);

        List<Map<String, Object>> vips = new java.util.ArrayList<>();
        for (int page = 0; page < 20; page++) {
            Map<String, Object> result = getJson("agent.can", "/api/people?commune=33522&size=200&page=" + page);
            ((List<Map<String, Object>>) result.get("items")).stream().filter(p -> Boolean.TRUE.equals(p.get("vip")))
                    .forEach(vips::add);
            if (!Boolean.TRUE.equals(result.get("hasNext"))) {
                break;
            }
        }
        assertThat(vips).extracting(p -> p.get("jobTitle")).contains("Maire", "Directeur général des services");
        Map<String, Object> maire = vips.stream().filter(p -> "Maire".equals(p.get("jobTitle"))).findFirst().orElseThrow();
        assertThat((String) maire.get("email")).endsWith("@talence.fr");
        assertThat((String) maire.get("phone")).matches("05 56 \\d\\d \\d\\d \\d\\d");
        assertThat(obj(maire.get("site")).get("name")).isEqualTo("Hôtel de ville de Talence");
    }

    @Test
    void the_caller_search_over_http_by_name_phone_and_email() {
        Map<String, Object> someone = items("agent.can", "/api/people?commune=33318&size=1").get(0);
        String first = (String) someone.get("firstName");
        String last = (String) someone.get("lastName");
        String phone = (String) someone.get("phone");
        String email = (String) someone.get("email");
        Object id = someone.get("id");
        assertThat(items("agent.can", "/api/people?commune=33318&size=200&q=" + enc(last.toUpperCase() + " " + first.substring(0, 2))))
                .extracting(p -> p.get("id")).contains(id);
        assertThat(items("agent.can", "/api/people?size=200&q=" + enc(phone.replace(" ", "."))))
                .extracting(p -> p.get("id")).contains(id);
        assertThat(items("agent.can", "/api/people?size=200&q=" + enc("+33 " + phone.substring(1))))
                .extracting(p -> p.get("id")).contains(id);
        assertThat(items("agent.can", "/api/people?size=50&q=" + enc(email.substring(0, email.indexOf('@') + 3))))
                .extracting(p -> p.get("id")).contains(id);
        Map<String, Object> page = getJson("agent.can", "/api/people?q=martin&size=5");
        assertThat(page).containsEntry("page", 0).containsEntry("size", 5).containsEntry("hasNext", true);
        assertThat(fails("agent.can", HttpRequest.GET("/api/people?size=100000")).getStatus().getCode()).isEqualTo(400);
    }

    @Test
    void an_admin_adds_a_commune_edits_it_with_its_version_and_moves_it_to_another_centre_with_history_and_audit() {
        assertThat(fails("agent.can", HttpRequest.POST("/api/communes", Map.of("code", "33997", "name", "X",
                "mutualised", true))).getStatus().getCode()).isEqualTo(403);
        HttpClientResponseException invalid = fails("admin", HttpRequest.POST("/api/communes",
                Map.of("code", "ABC", "name", "", "mutualised", true)));
        assertThat(invalid.getStatus().getCode()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) problem(invalid).get("errors")).extracting(f -> f.get("field"))
                .contains("code", "name");

        HttpResponse<String> created = exchange("admin", HttpRequest.POST("/api/communes", Map.of("code", "33997",
                "name", "Saint-Test-sur-Garonne", "population", 4200, "mutualised", true, "centre", "RIVE_DROITE")));
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/communes/33997");
        Map<String, Object> commune = parse(created.body());
        assertThat(obj(commune.get("centre"))).containsEntry("code", "RIVE_DROITE");
        assertThat(fails("admin", HttpRequest.POST("/api/communes", Map.of("code", "33997", "name", "Autre",
                "mutualised", true))).getStatus().getCode()).isEqualTo(409);

        Map<String, Object> update = new HashMap<>(Map.of("name", "Saint-Test-sur-Garonne", "population", 4300,
                "mutualised", true, "version", commune.get("version")));
        Map<String, Object> updated = parse(exchange("admin", HttpRequest.PUT("/api/communes/33997", update)).body());
        assertThat(updated).containsEntry("population", 4300);
        HttpClientResponseException stale = fails("admin", HttpRequest.PUT("/api/communes/33997", update));
        assertThat(stale.getStatus().getCode()).isEqualTo(409);
        assertThat(problem(stale)).containsEntry("code", "ORG-1006");

        Map<String, Object> period = parse(exchange("admin", HttpRequest.PUT("/api/communes/33997/centre",
                Map.of("centre", "BORDEAUX_METROPOLE", "reason", "Proximité du centre"))).body());
        assertThat(obj(period.get("centre"))).containsEntry("code", "BORDEAUX_METROPOLE");
        assertThat(period).containsEntry("reason", "Proximité du centre").containsEntry("changedBy", "admin");
        List<Map<String, Object>> history = getList("agent.can", "/api/communes/33997/centre-history");
        assertThat(history).extracting(p -> obj(p.get("centre")).get("code")).containsExactly("BORDEAUX_METROPOLE", "RIVE_DROITE");
        assertThat(history.get(1).get("validTo")).isEqualTo(history.get(0).get("validFrom"));
        assertThat(obj(getJson("agent.can", "/api/communes/33997").get("centre"))).containsEntry("code", "BORDEAUX_METROPOLE");
        assertThat((List<Map<String, Object>>) getJson("agent.can", "/api/centres/BORDEAUX_METROPOLE").get("communes"))
                .extracting(c -> c.get("code")).contains("33997");
        assertThat(problem(fails("admin", HttpRequest.PUT("/api/communes/33997/centre",
                Map.of("centre", "SECURITE", "reason", "x"))))).containsEntry("code", "ORG-1004");

        List<Map<String, Object>> audit = items("admin", "/api/audit?entityType=COMMUNE&entityId=33997");
        assertThat(audit).extracting(a -> a.get("action"))
                .containsExactly("MOVE_TO_CENTRE", "UPDATE", "MOVE_TO_CENTRE", "CREATE");
        assertThat(audit).allSatisfy(a -> assertThat(a).containsEntry("actor", "admin").containsKey("at"));
        assertThat(fails("agent.can", HttpRequest.GET("/api/audit")).getStatus().getCode()).isEqualTo(403);
    }

    @Test
    void an_admin_manages_sites_and_people() {
        Map<String, Object> site = parse(exchange("admin", HttpRequest.POST("/api/sites", Map.of("commune", "33522",
                "name", "Maison des associations", "kind", "COMMUNITY_CENTRE", "address", "12 rue Camille Pelletan",
                "postalCode", "33400"))).body());
        assertThat(site).containsEntry("city", "Talence").containsEntry("kindLabel", "Centre social");
        Object siteId = site.get("id");
        Map<String, Object> person = parse(exchange("admin", HttpRequest.POST("/api/people", Map.of("commune", "33522",
                "site", siteId, "firstName", "Zoé", "lastName", "Zébulon", "phone", "05 56 00 11 22",
                "email", "zoe.zebulon@talence.fr", "vip", true))).body());
        assertThat(person).containsEntry("vip", true).containsEntry("displayName", "Zoé Zébulon");
        assertThat(obj(person.get("site"))).containsEntry("name", "Maison des associations");
        assertThat(items("agent.can", "/api/people?q=zebulon")).extracting(p -> p.get("id")).containsExactly(person.get("id"));

        Map<String, Object> change = new HashMap<>(Map.of("commune", "33522", "firstName", "Zoé", "lastName",
                "Zébulon-Martin", "vip", false, "version", person.get("version")));
        assertThat(parse(exchange("admin", HttpRequest.PUT("/api/people/" + person.get("id"), change)).body()))
                .containsEntry("lastName", "Zébulon-Martin").containsEntry("vip", false);
        assertThat(problem(fails("admin", HttpRequest.PUT("/api/people/" + person.get("id"), change))))
                .containsEntry("code", "ORG-1006");
        assertThat(problem(fails("admin", HttpRequest.POST("/api/people", Map.of("commune", "33318", "site", siteId,
                "firstName", "A", "lastName", "B"))))).containsEntry("code", "ORG-1004");
        assertThat(fails("agent.can", HttpRequest.POST("/api/sites", Map.of("commune", "33522", "name", "X",
                "kind", "OTHER"))).getStatus().getCode()).isEqualTo(403);
        assertThat(items("admin", "/api/audit?entityType=PERSON&entityId=" + person.get("id")))
                .extracting(a -> a.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(items("admin", "/api/audit?entityType=SITE&entityId=" + siteId))
                .extracting(a -> a.get("action")).containsExactly("CREATE");
    }

    @Test
    void an_admin_manages_users_and_never_sees_a_password_hash() {
        String all = exchange("admin", HttpRequest.GET("/api/users")).body();
        assertThat(all).contains("viewer.pessac").doesNotContainIgnoringCase("password").doesNotContain("argon2");
        assertThat(fails("resp.sud", HttpRequest.GET("/api/users")).getStatus().getCode()).isEqualTo(403);

        HttpClientResponseException invalid = fails("admin", HttpRequest.POST("/api/users", Map.of("username",
                "tech.x", "password", "secret-123", "displayName", "Tech X", "role", "TECHNICIAN", "commune", "33522")));
        assertThat(invalid.getStatus().getCode()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) problem(invalid).get("errors")).extracting(f -> f.get("field"))
                .containsExactlyInAnyOrder("team", "commune");

        HttpResponse<String> created = exchange("admin", HttpRequest.POST("/api/users", Map.of("username", "tech.ouest",
                "password", "secret-123", "displayName", "Léa Martin", "role", "TECHNICIAN", "team", "OUEST_SUD")));
        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContainIgnoringCase("password");
        Map<String, Object> user = parse(created.body());
        assertThat(getList("agent.can", "/api/teams/OUEST_SUD/members")).extracting(m -> m.get("username"))
                .contains("tech.ouest");
        assertThat(problem(fails("admin", HttpRequest.POST("/api/users", Map.of("username", "tech.ouest",
                "password", "secret-123", "displayName", "Autre", "role", "CAN_AGENT"))))).containsEntry("code", "ORG-1010");

        Map<String, Object> change = new HashMap<>(Map.of("displayName", "Léa Martin", "role", "CENTRE_MANAGER",
                "team", "OUEST_SUD", "active", true, "version", user.get("version")));
        assertThat(parse(exchange("admin", HttpRequest.PUT("/api/users/" + user.get("id"), change)).body()))
                .containsEntry("role", "CENTRE_MANAGER");
        assertThat(problem(fails("admin", HttpRequest.PUT("/api/users/" + user.get("id"), change))))
                .containsEntry("code", "ORG-1006");

        assertThat(exchange("admin", HttpRequest.PUT("/api/users/" + user.get("id") + "/password",
                Map.of("password", "nouveau-secret"))).getStatus().getCode()).isEqualTo(204);
        Map<String, Object> login = http().retrieve(HttpRequest.POST("/api/auth/login",
                Map.of("username", "tech.ouest", "password", "nouveau-secret")), Map.class);
        assertThat(login).containsKey("access_token");
        assertThat(items("admin", "/api/audit?entityType=USER&entityId=" + user.get("id")))
                .extracting(a -> a.get("action")).containsExactly("CHANGE_PASSWORD", "UPDATE", "CREATE");
    }

    @Test
    void the_openapi_document_lists_the_organisation_endpoints() {
        String spec = http().retrieve(HttpRequest.GET("/swagger/proxima-0.1.yml"), String.class);
        assertThat(spec).contains("/api/communes/{code}/centre-history", "/api/people/{id}", "/api/users/{id}/password",
                "/api/teams/{code}/members", "/api/audit", "/api/me");
        // every controller of the module is documented (a new one must join OrganisationApiDocs)
        var controllers = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .importPackages("fr.proxima.organisation").stream()
                .filter(c -> c.isAnnotatedWith(io.micronaut.http.annotation.Controller.class))
                .map(c -> c.getAnnotationOfType(io.micronaut.http.annotation.Controller.class).value())
                .toList();
        assertThat(controllers).hasSizeGreaterThanOrEqualTo(9);
        assertThat(controllers).allSatisfy(path -> assertThat(spec).contains("  " + path + ":"));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
