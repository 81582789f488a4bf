package fr.proxima.app.organisation;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** viewer.pessac reads Pessac's sites and people only: a Talence record answers 404 on every read path. */
@MicronautTest
class CommuneViewerScopeApiTest extends ApiTest {
    static final String VIEWER = "viewer.pessac";
    static final String TALENCE = "33522";
    static final String PESSAC = "33318";

    long talencePerson;
    long talenceSite;
    long pessacPerson;
    String talenceName;

    @BeforeAll
    void records_of_talence_and_pessac() {
        Map<String, Object> person = items("agent.can", "/api/people?commune=" + TALENCE + "&size=1").get(0);
        talencePerson = ((Number) person.get("id")).longValue();
        talenceName = (String) person.get("lastName");
        talenceSite = ((Number) items("agent.can", "/api/sites?commune=" + TALENCE + "&size=1").get(0).get("id")).longValue();
        pessacPerson = ((Number) items("agent.can", "/api/people?commune=" + PESSAC + "&size=1").get(0).get("id")).longValue();
    }

    private void assertNotFound(String path, String code) {
        HttpClientResponseException e = fails(VIEWER, HttpRequest.GET(path));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
        assertThat(e.getResponse().getContentType()).get().hasToString("application/problem+json");
        Map<String, Object> problem = problem(e);
        assertThat(problem).containsEntry("code", code);
        assertThat(problem.toString()).doesNotContain(talenceName);
    }

    @Test
    void a_talence_person_is_not_found_for_the_pessac_viewer_exactly_like_an_unknown_one() {
        assertThat(getJson("agent.can", "/api/people/" + talencePerson)).containsKey("vip");
        assertNotFound("/api/people/" + talencePerson, "ORG-1008");
        Map<String, Object> outOfScope = problem(fails(VIEWER, HttpRequest.GET("/api/people/" + talencePerson)));
        Map<String, Object> unknown = problem(fails(VIEWER, HttpRequest.GET("/api/people/999999999")));
        outOfScope.remove("instance");
        unknown.remove("instance");
        assertThat(outOfScope).isEqualTo(unknown);
        assertThat(getJson(VIEWER, "/api/people/" + pessacPerson)).extracting(m -> ((Map<?, ?>) m.get("commune")).get("code"))
                .isEqualTo(PESSAC);
    }

    @Test
    void a_talence_site_is_not_found_for_the_pessac_viewer() {
        assertThat(((Map<?, ?>) getJson("agent.can", "/api/sites/" + talenceSite).get("commune")).get("code"))
                .isEqualTo(TALENCE);
        assertNotFound("/api/sites/" + talenceSite, "ORG-1007");
    }

    @Test
    void the_pessac_viewers_lists_and_searches_show_pessac_only() {
        List<Map<String, Object>> people = items(VIEWER, "/api/people?size=200");
        assertThat(people).hasSize(200).allSatisfy(p -> assertThat(((Map<?, ?>) p.get("commune")).get("code")).isEqualTo(PESSAC));
        assertThat(items(VIEWER, "/api/people?q=" + talenceName + "&size=200"))
                .allSatisfy(p -> assertThat(((Map<?, ?>) p.get("commune")).get("code")).isEqualTo(PESSAC));
        assertThat(items(VIEWER, "/api/people?q=05&size=200"))
                .allSatisfy(p -> assertThat(((Map<?, ?>) p.get("commune")).get("code")).isEqualTo(PESSAC));
        assertThat(items(VIEWER, "/api/people?q=talence.fr&size=50")).isEmpty();
        assertThat(items(VIEWER, "/api/people?commune=" + TALENCE)).isEmpty();
        assertThat(items(VIEWER, "/api/people?site=" + talenceSite)).isEmpty();
        assertThat(items("agent.can", "/api/people?site=" + talenceSite + "&size=5")).isNotEmpty();

        List<Map<String, Object>> sites = items(VIEWER, "/api/sites?size=200");
        assertThat(sites).isNotEmpty().allSatisfy(s -> assertThat(((Map<?, ?>) s.get("commune")).get("code")).isEqualTo(PESSAC));
        assertThat(items(VIEWER, "/api/sites?commune=" + TALENCE)).isEmpty();
        assertThat(items(VIEWER, "/api/sites?q=Talence")).isEmpty();
        assertThat(items("agent.can", "/api/sites?q=Talence")).isNotEmpty();
    }

    @Test
    void the_pessac_viewer_cannot_write() {
        HttpClientResponseException e = fails(VIEWER, HttpRequest.PUT("/api/communes/" + PESSAC + "/centre",
                Map.of("centre", "OUEST_SUD", "reason", "essai")));
        assertThat(e.getStatus().getCode()).isEqualTo(403);
    }
}
