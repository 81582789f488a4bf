package fr.proxima.app.inventory;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV import over HTTP: template, dry run, report, apply, multipart upload, roles. */
@MicronautTest
class CiImportApiTest extends ApiTest {

    Map<String, Object> await(String user, String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Map<String, Object> job = getJson(user, location);
            if (!List.of("QUEUED", "RUNNING").contains(job.get("status")) || Instant.now().isAfter(deadline)) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    @Test
    void the_template_is_a_french_semicolon_file_with_a_bom_that_imports_as_it_is() {
        HttpResponse<byte[]> t = http().exchange(as("tech.sud", HttpRequest.GET("/api/cis/imports/template")),
                byte[].class);
        byte[] bytes = t.body();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Numéro d'inventaire;Type;Numéro de série;Fabricant");
        HttpResponse<String> accepted = exchange("tech.sud", HttpRequest.POST("/api/cis/imports?dryRun=true", bytes)
                .contentType(MediaType.of("text/csv")).header("X-File-Name", "modele.csv"));
        assertThat(accepted.code()).isEqualTo(202);
        Map<String, Object> dry = await("tech.sud", accepted.header("Location"));
        assertThat(dry).containsEntry("status", "DONE").containsEntry("created", 3).containsEntry("rejected", 0)
                .containsEntry("progressPercent", 100).containsEntry("fileName", "modele.csv");
        assertThat(items("tech.sud", accepted.header("Location") + "/lines?outcome=CREATED"))
                .extracting(m -> m.get("line")).containsExactly(2, 3, 4);
        HttpResponse<String> apply = exchange("tech.sud", HttpRequest.POST(accepted.header("Location") + "/apply", ""));
        Map<String, Object> done = await("tech.sud", apply.header("Location"));
        assertThat(done).containsEntry("status", "DONE").containsEntry("created", 3).containsEntry("dryRun", false);
        assertThat(items("viewer.talence", "/api/cis?assetTag=TEL-TAL-0311")).singleElement()
                .satisfies(ci -> assertThat(ci).containsEntry("status", "IN_STOCK"));
        assertThat(problem(fails("tech.sud", HttpRequest.POST(accepted.header("Location") + "/apply", ""))))
                .containsEntry("code", "INV-3055");
        assertThat(getList("tech.sud", "/api/cis/imports")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problem(fails("resp.sud", HttpRequest.GET(accepted.header("Location"))))).containsEntry("code",
                "INV-3054");
    }

    @Test
    void a_form_upload_works_like_a_raw_body_and_read_only_roles_cannot_import() {
        String csv = "Numéro d'inventaire;Type;Fabricant;Statut;Entité\nFORM-1;Écran;iiyama;En stock;33318\n"
                + "FORM-2;Écran;iiyama;En stock;99999\n";
        MultipartBody body = MultipartBody.builder().addPart("file", "ecrans.csv", MediaType.of("text/csv"),
                csv.getBytes(StandardCharsets.UTF_8)).build();
        HttpResponse<String> accepted = exchange("admin", HttpRequest.POST("/api/cis/imports/upload", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        Map<String, Object> job = await("admin", accepted.header("Location"));
        assertThat(job).containsEntry("created", 1).containsEntry("rejected", 1).containsEntry("dryRun", false);
        assertThat(items("admin", accepted.header("Location") + "/lines?outcome=REJECTED")).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("line", 3).containsEntry("assetTag", "FORM-2"));
        assertThat(problem(fails("viewer.pessac", HttpRequest.POST("/api/cis/imports", csv)
                .contentType(MediaType.of("text/csv"))))).containsEntry("code", "INV-3003");
        assertThat(problem(fails("admin", HttpRequest.POST("/api/cis/imports", "Type;Couleur\nx;y\n")
                .contentType(MediaType.of("text/csv"))))).containsEntry("code", "INV-3050");
    }
}
