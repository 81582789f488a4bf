package fr.proxima.app.organisation;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed JSON, wrong types, out-of-range paging and unknown ids get a 4xx problem document, never a 5xx. */
@MicronautTest
class OrganisationBadInputApiTest extends ApiTest {

    private static MutableHttpRequest<String> json(MutableHttpRequest<String> r) {
        return r.contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Test
    void bad_input_to_every_organisation_endpoint_is_a_4xx_problem() {
        String huge = "x".repeat(5000);
        List<MutableHttpRequest<?>> requests = new ArrayList<>(List.of(
                HttpRequest.GET("/api/communes/" + huge),
                HttpRequest.GET("/api/communes/00000/centre-history"),
                HttpRequest.GET("/api/centres/nope"),
                HttpRequest.GET("/api/teams/NOPE/members"),
                HttpRequest.GET("/api/sites/abc"),
                HttpRequest.GET("/api/sites/-1"),
                HttpRequest.GET("/api/sites/99999999999999999999"),
                HttpRequest.GET("/api/sites?page=-1"),
                HttpRequest.GET("/api/sites?size=0"),
                HttpRequest.GET("/api/people/999999999"),
                HttpRequest.GET("/api/people?site=abc"),
                HttpRequest.GET("/api/people?size=abc"),
                HttpRequest.GET("/api/people?q=" + "a".repeat(500)),
                HttpRequest.GET("/api/users/abc"),
                HttpRequest.GET("/api/users/999999"),
                HttpRequest.GET("/api/audit?page=-3"),
                HttpRequest.GET("/api/audit?entityType=" + huge),
                json(HttpRequest.POST("/api/communes", "{not json")),
                json(HttpRequest.POST("/api/communes", "{\"code\":\"33996\",\"name\":\"X\",\"population\":\"beaucoup\"}")),
                json(HttpRequest.POST("/api/communes", "[]")),
                json(HttpRequest.PUT("/api/communes/33522", "{\"name\":\"Talence\",\"mutualised\":true}")),
                json(HttpRequest.PUT("/api/communes/00000", "{\"name\":\"X\",\"mutualised\":true,\"version\":0}")),
                json(HttpRequest.PUT("/api/communes/33522/centre", "{\"centre\":\"sud\",\"reason\":\"x\"}")),
                json(HttpRequest.PUT("/api/communes/33522/centre", "{\"centre\":\"NOPE\",\"reason\":\"x\"}")),
                json(HttpRequest.POST("/api/sites", "{\"commune\":\"33522\",\"name\":\"X\",\"kind\":\"CASTLE\"}")),
                json(HttpRequest.POST("/api/sites", "{\"commune\":\"33522\",\"name\":\"X\",\"kind\":\"OTHER\",\"latitude\":200}")),
                json(HttpRequest.PUT("/api/sites/999999", "{\"commune\":\"33522\",\"name\":\"X\",\"kind\":\"OTHER\",\"version\":0}")),
                json(HttpRequest.POST("/api/people", "{\"commune\":\"33522\",\"firstName\":\"" + huge + "\",\"lastName\":\"B\"}")),
                json(HttpRequest.POST("/api/people", "{\"commune\":\"33522\",\"firstName\":\"A\",\"lastName\":\"B\",\"site\":999999}")),
                json(HttpRequest.POST("/api/people", "{\"commune\":\"33522\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"pas un mail\"}")),
                json(HttpRequest.PUT("/api/people/999999", "{\"commune\":\"33522\",\"firstName\":\"A\",\"lastName\":\"B\",\"version\":0}")),
                json(HttpRequest.POST("/api/users", "{\"username\":\"a\",\"password\":\"x\",\"displayName\":\"A\",\"role\":\"KING\"}")),
                json(HttpRequest.PUT("/api/users/999999", "{\"displayName\":\"A\",\"role\":\"ADMIN\",\"active\":true,\"version\":0}")),
                json(HttpRequest.PUT("/api/users/999999/password", "{\"password\":\"long-enough-1\"}")),
                json(HttpRequest.PUT("/api/users/1/password", "{}"))));
        for (MutableHttpRequest<?> request : requests) {
            HttpClientResponseException e = fails("admin", request);
            int status = e.getStatus().getCode();
            assertThat(status).as("%s %s", request.getMethod(), request.getPath()).isBetween(400, 499);
            assertThat(e.getResponse().getContentType()).as("%s %s", request.getMethod(), request.getPath())
                    .get().hasToString("application/problem+json");
            String body = e.getResponse().getBody(String.class).orElse("");
            assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("SELECT");
        }
    }
}
