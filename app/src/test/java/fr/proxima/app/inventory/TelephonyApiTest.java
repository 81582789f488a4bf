package fr.proxima.app.inventory;

import fr.proxima.app.ApiTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mobile telephony costs over HTTP: the operator's CSV as sent, the report, the costs per commune, the scope. */
@MicronautTest
class TelephonyApiTest extends ApiTest {
    static final String CSV = "N° de ligne;Libellé;Montant TTC;Période\r\n"
            + "06 21 43 65 87;Forfait Pro 20 Go;19,90;10/2026\r\n"
            + "06 21 43 65 88;Forfait Pro 5 Go;9,90;10/2026\r\n"
            + "07 00 00 00 01;Forfait Pro 5 Go;9,90;10/2026\r\n"
            + "illisible;Forfait;1,00;10/2026\r\n";

    @BeforeAll
    void two_phones_of_talence_and_pessac() {
        for (Object[] p : new Object[][]{{"TEL-API-TAL", "0621436587", "33522"}, {"TEL-API-PES", "0621436588", "33318"}}) {
            exchange("admin", HttpRequest.POST("/api/cis", Map.of("type", "MOBILE_PHONE", "assetTag", p[0],
                    "manufacturer", "Samsung", "model", "Galaxy A55", "status", "IN_SERVICE", "commune", p[2],
                    "attributes", Map.of("lineNumber", p[1]))));
        }
    }

    private Map<String, Object> importCsv(String csv) {
        return parse(exchange("admin", HttpRequest.POST("/api/telephony/imports?operator=Orange&fileName=oct.csv", csv)
                .contentType(MediaType.of("text/csv"))).body());
    }

    @Test
    void the_operators_csv_is_imported_with_its_unknown_and_rejected_lines_and_a_reimport_replaces_it() {
        Map<String, Object> report = importCsv(CSV);
        assertThat(report).containsEntry("period", "2026-10").containsEntry("lines", 3).containsEntry("matched", 2)
                .containsEntry("unknownCount", 1);
        assertThat((List<?>) report.get("unknownLines")).singleElement()
                .satisfies(u -> assertThat(((Map<?, ?>) u).get("lineNumber") + " " + ((Map<?, ?>) u).get("line")).isEqualTo("0700000001 4"));
        assertThat((List<?>) report.get("rejected")).singleElement()
                .satisfies(r -> assertThat(((Map<?, ?>) r).get("line")).isEqualTo(5));
        assertThat(importCsv(CSV)).containsEntry("replacedPrevious", true).containsEntry("lines", 3);
        List<Map<String, Object>> totals = getList("admin", "/api/telephony/costs?from=2026-10&to=2026-10");
        assertThat(totals).extracting(t -> t.get("commune") + "=" + new java.math.BigDecimal(String.valueOf(t.get("amount"))).stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("null=9.9", "33318=9.9", "33522=19.9");
    }

    @Test
    void a_commune_viewer_reads_its_own_lines_only_and_technicians_none() {
        importCsv(CSV);
        assertThat(getList("viewer.pessac", "/api/telephony/costs/lines?period=2026-10"))
                .extracting(l -> l.get("commune")).containsOnly("33318");
        assertThat(getList("viewer.pessac", "/api/telephony/costs/lines?period=2026-10&commune=33522")).isEmpty();
        assertThat(getList("viewer.talence", "/api/telephony/costs?from=2026-01&to=2026-12"))
                .extracting(l -> l.get("commune")).containsOnly("33522");
        HttpClientResponseException e = fails("tech.sud", HttpRequest.GET("/api/telephony/costs/lines?period=2026-10"));
        assertThat(e.getStatus().getCode()).isEqualTo(403);
        assertThat(problem(e)).containsEntry("code", "INV-3302");
        assertThat(fails("viewer.talence", HttpRequest.POST("/api/telephony/imports?operator=X", CSV)
                .contentType(MediaType.of("text/csv"))).getStatus().getCode()).isEqualTo(403);
    }
}
