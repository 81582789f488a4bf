package fr.proxima.inventory.telephony.application;

import fr.proxima.inventory.ci.application.CiCommands;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.support.OrgFixtures;
import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Operator files against MariaDB: lines matched to mobile phones, unknown lines kept, months replaced, scope. */
@MicronautTest(startApplication = false, transactional = false)
class TelephonyCostsIT extends DatabaseTest {
    @Inject
    TelephonyCosts costs;
    @Inject
    CiCommands cis;

    static final String OCTOBER = """
            Numéro de ligne;Libellé;Montant TTC;Période
            06 11 22 33 01;Forfait Pro 20 Go;19,90;10/2026
            06 11 22 33 01;Hors forfait international;4,35;10/2026
            06 11 22 33 02;Forfait Pro 5 Go;9,90;10/2026
            07 99 88 77 66;Forfait Pro 5 Go;9,90;10/2026
            pas un numéro;Forfait;1,00;10/2026
            """;

    @BeforeAll
    void phones() {
        phone("TEL-TAL-1", "06 11 22 33 01", OrgFixtures.TALENCE);
        phone("TEL-PES-1", "+33 6 11 22 33 02", OrgFixtures.PESSAC);
    }

    private void phone(String tag, String line, String commune) {
        cis.create(new CiDraft("MOBILE_PHONE", tag, null, "Samsung", "Galaxy A55", "IN_SERVICE", commune, null, null,
                null, null, null, null, null, Map.of("lineNumber", line)), OrgFixtures.ADMIN);
    }

    @Test
    void a_month_is_imported_per_line_commune_and_month_and_unknown_lines_are_reported_not_dropped() {
        var report = costs.importMonth(OrgFixtures.ADMIN, "Orange Business", "orange-2026-10.csv",
                OCTOBER.getBytes(StandardCharsets.UTF_8));
        assertThat(report.imported().period()).isEqualTo("2026-10");
        assertThat(report.imported().lines()).isEqualTo(4);
        assertThat(report.matched()).isEqualTo(3);
        assertThat(report.unknown()).singleElement().satisfies(u -> {
            assertThat(u.lineNumber()).isEqualTo("0799887766");
            assertThat(u.csvLine()).isEqualTo(5);
            assertThat(u.amount()).isEqualByComparingTo("9.90");
        });
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.csvLine()).isEqualTo(6));
        assertThat(report.imported().total()).isEqualByComparingTo("44.05");

        var lines = costs.lines(OrgFixtures.ADMIN, "2026-10", null, false);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).lineNumber()).isEqualTo("0611223301");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("24.25");
        assertThat(lines.get(0).communeCode()).isEqualTo(OrgFixtures.TALENCE);
        assertThat(costs.lines(OrgFixtures.ADMIN, "2026-10", null, true)).singleElement()
                .satisfies(l -> assertThat(l.ciId()).isNull());

        var totals = costs.totals(OrgFixtures.ADMIN, "2026-01", "2026-10", null);
        assertThat(totals).extracting(t -> t.communeCode() + "=" + t.amount())
                .containsExactlyInAnyOrder("null=9.90", "33318=9.90", "33522=24.25");

        // a commune viewer reads its own commune's lines and totals only, never the unknown ones
        assertThat(costs.lines(OrgFixtures.VIEWER_PESSAC, "2026-10", null, false)).singleElement()
                .satisfies(l -> assertThat(l.communeCode()).isEqualTo(OrgFixtures.PESSAC));
        assertThat(costs.lines(OrgFixtures.VIEWER_PESSAC, "2026-10", OrgFixtures.TALENCE, false)).isEmpty();
        assertThat(costs.totals(OrgFixtures.VIEWER_PESSAC, "2026-10", "2026-10", null)).singleElement()
                .satisfies(t -> assertThat(t.communeCode()).isEqualTo(OrgFixtures.PESSAC));
    }

    @Test
    void re_importing_a_month_replaces_it_and_the_same_file_twice_gives_the_same_figures() {
        String nov = "Ligne;Montant;Mois\n0611223301;10,00;novembre 2026\n0611223302;5,00;novembre 2026\n";
        byte[] latin1 = nov.getBytes(Charset.forName("windows-1252"));
        var first = costs.importMonth(OrgFixtures.ADMIN, "SFR", null, latin1);
        var again = costs.importMonth(OrgFixtures.ADMIN, "SFR", null, latin1);
        assertThat(first.replaced()).isFalse();
        assertThat(again.replaced()).isTrue();
        assertThat(costs.totals(OrgFixtures.ADMIN, "2026-11", "2026-11", null).stream()
                .map(t -> t.amount()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("15.00");
        String corrected = "Ligne;Montant;Mois\n0611223301;12,00;novembre 2026\n";
        costs.importMonth(OrgFixtures.ADMIN, "SFR", null, corrected.getBytes(StandardCharsets.UTF_8));
        assertThat(costs.lines(OrgFixtures.ADMIN, "2026-11", null, false)).singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("12.00"));
    }

    @Test
    void only_administrators_import_and_technicians_read_no_costs() {
        assertThatThrownBy(() -> costs.importMonth(OrgFixtures.TECH, "SFR", null, OCTOBER.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> costs.lines(OrgFixtures.TECH, "2026-10", null, false))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(TelephonyCosts.FORBIDDEN));
        assertThatThrownBy(() -> costs.importMonth(OrgFixtures.ADMIN, "SFR", null, "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(TelephonyCosts.FILE_INVALID));
    }
}
