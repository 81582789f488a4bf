package fr.proxima.app.web;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the server serves is the merge of every module's document: every controller of every
 * module appears in it (a new controller is documented without anyone listing it), and Swagger UI is served from
 * the jar, without a login and without a CDN.
 */
@MicronautTest
class ApiDocumentationTest extends ApiTest {

    @Test
    void the_served_openapi_document_lists_every_controller_of_every_module() {
        String spec = http().retrieve(HttpRequest.GET("/swagger/proxima.yml"), String.class);
        List<String> controllerPaths = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.proxima").stream()
                .filter(c -> c.isAnnotatedWith(Controller.class))
                .map(c -> c.getAnnotationOfType(Controller.class).value())
                .filter(path -> path.startsWith("/api"))
                .toList();
        assertThat(controllerPaths).hasSizeGreaterThanOrEqualTo(15);
        assertThat(controllerPaths).allSatisfy(path -> assertThat(spec).contains(path));
        assertThat(spec).contains("/api/tickets/{id}/history", "/api/calls", "/api/people/{id}",
                "/api/communes/{code}/centre-history", "/api/tickets/{id}/attachments");
    }

    @Test
    void swagger_ui_is_served_from_the_jar_without_login() {
        HttpResponse<String> page = http().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains("/swagger/proxima.yml").doesNotContain("cdn");
        HttpResponse<String> entry = client.toBlocking().exchange(HttpRequest.GET("/swagger-ui/")
                .header("Accept", "text/html"), String.class);
        assertThat(entry.code()).isEqualTo(200);
        assertThat(entry.body()).contains("swagger-ui");
    }
}
