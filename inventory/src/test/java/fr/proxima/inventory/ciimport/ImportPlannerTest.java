package fr.proxima.inventory.ciimport;

import fr.proxima.inventory.ci.model.CiAttributes;
import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.CiDraft;
import fr.proxima.inventory.ci.model.ConfigurationItem;
import fr.proxima.inventory.ciimport.model.ImportFile;
import fr.proxima.inventory.ciimport.model.ImportLine;
import fr.proxima.inventory.ciimport.model.ImportPlanner;
import fr.proxima.inventory.ciimport.model.LineOutcome;
import fr.proxima.inventory.ciimport.model.LinePlan;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImportPlannerTest {
    static final String HEADER = "Numéro d'inventaire;Type;Numéro de série;Fabricant;Modèle;Statut;Entité;"
            + "Date d'acquisition;Attributs";

    /** An in-memory base: what the planner is told exists. */
    static final class Base implements ImportPlanner.Existing {
        final Map<String, ConfigurationItem> byTag = new HashMap<>();
        final Map<String, ConfigurationItem> bySerial = new HashMap<>();

        void add(ConfigurationItem ci) {
            byTag.put(ci.details().assetTag(), ci);
            if (ci.details().serialNumber() != null) {
                bySerial.put(ci.details().manufacturer() + "/" + ci.details().serialNumber(), ci);
            }
        }

        @Override
        public Optional<ConfigurationItem> byAssetTag(String tag) {
            return Optional.ofNullable(byTag.get(tag));
        }

        @Override
        public Optional<ConfigurationItem> bySerial(String manufacturer, String serial) {
            return Optional.ofNullable(bySerial.get(manufacturer + "/" + serial));
        }

        @Override
        public Optional<ConfigurationItem> byLineNumber(String line) {
            return Optional.empty();
        }
    }

    static List<ImportLine> lines(String csv) throws ImportFile.Unreadable {
        List<ImportLine> out = new ArrayList<>();
        ImportFile.read(csv.getBytes(StandardCharsets.UTF_8)).lines().forEach(out::add);
        return out;
    }

    static List<LinePlan> plan(Base base, String csv) throws ImportFile.Unreadable {
        ImportPlanner planner = new ImportPlanner("admin", Instant.parse("2026-11-26T09:00:00Z"));
        List<LinePlan> plans = new ArrayList<>();
        for (ImportLine l : lines(csv)) {
            plans.add(planner.plan(l, base, (next, previous) -> List.of()));
        }
        return plans;
    }

    static ConfigurationItem stored(long id, String tag, String serial, String status) {
        CiDetails d = CiDetails.from(new CiDraft("DESKTOP", tag, serial, "HP", "EliteDesk", status, "33522", null,
                null, "2023-03-15", null, "UGAP", null, "Service état civil", Map.of("ramMb", 8192, "hostname", "pc1")),
                CiAttributes.empty());
        return new ConfigurationItem(id, 4L, d, null, "admin", Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void lines_are_created_updated_or_unchanged_by_asset_tag_then_serial() throws Exception {
        Base base = new Base();
        base.add(stored(1, "PC-1", "S1", "IN_SERVICE"));
        base.add(stored(2, "PC-2", "S2", "IN_SERVICE"));
        List<LinePlan> plans = plan(base, HEADER + "\n"
                + "PC-1;Poste fixe;S1;Hewlett-Packard;EliteDesk;En service;33522;15/03/2023;ramMb=8192\n"
                + "PC-2-BIS;DESKTOP;s2;HP;EliteDesk;UNDER_REPAIR;33522;2023-03-15;\n"
                + "PC-3;DESKTOP;S3;HP;ProDesk;IN_STOCK;33522;;\n");
        assertThat(plans).extracting(LinePlan::line, LinePlan::outcome).containsExactly(
                tuple(2L, LineOutcome.UNCHANGED),
                tuple(3L, LineOutcome.UPDATED),
                tuple(4L, LineOutcome.CREATED));
        assertThat(plans.get(1).ci().id()).isEqualTo(2L);
        assertThat(plans.get(1).changedFields()).isEqualTo("assetTag, status");
        assertThat(plans.get(1).ci().details().notes()).as("a column the file lacks keeps its value")
                .isEqualTo("Service état civil");
        assertThat(plans.get(1).ci().details().attributes().asMap()).as("an empty attributes cell changes none")
                .containsEntry("ramMb", 8192L);
    }

    @Test
    void refused_lines_say_why_and_do_not_stop_the_others() throws Exception {
        Base base = new Base();
        base.add(stored(1, "PC-1", "S1", "RETIRED"));
        base.add(stored(2, "PC-2", "S2", "IN_SERVICE"));
        List<LinePlan> plans = plan(base, HEADER + "\n"
                + "PC-1;DESKTOP;S1;HP;EliteDesk;IN_SERVICE;33522;;\n"
                + "PC-2;DESKTOP;S1;HP;EliteDesk;IN_SERVICE;33522;;\n"
                + "PC-9;FRIGO;S9;HP;;PERDU;Talence;;ramMb=beaucoup\n"
                + "PC-8;DESKTOP;S8;HP;;IN_STOCK;33522;;\n"
                + "pc-8;DESKTOP;S7;HP;;IN_STOCK;33522;;\n"
                + "PC-7;DESKTOP;s8;HP Inc.;;IN_STOCK;33522;;\n"
                + "PC-6;DESKTOP;S6;HP;;IN_STOCK;33522;;ramMb\n");
        assertThat(plans).extracting(LinePlan::outcome).containsExactly(LineOutcome.REJECTED, LineOutcome.REJECTED,
                LineOutcome.REJECTED, LineOutcome.CREATED, LineOutcome.REJECTED, LineOutcome.REJECTED,
                LineOutcome.REJECTED);
        assertThat(plans.get(0).reason()).contains("Réformé");
        assertThat(plans.get(1).reason()).contains("PC-2").contains("PC-1");
        assertThat(plans.get(2).reason()).contains("Type").contains("Statut").contains("Entité");
        assertThat(plans.get(4).reason()).isEqualTo("Même numéro d'inventaire qu'à la ligne 5");
        assertThat(plans.get(5).reason()).isEqualTo("Même fabricant et numéro de série qu'à la ligne 5");
        assertThat(plans.get(6).reason()).contains("clé=valeur");
    }

    @Test
    void an_empty_cell_clears_the_field_and_attributes_merge_key_by_key() throws Exception {
        Base base = new Base();
        base.add(stored(1, "PC-1", "S1", "IN_SERVICE"));
        List<LinePlan> plans = plan(base, HEADER + ";Notes\n"
                + "PC-1;DESKTOP;S1;HP;;IN_SERVICE;33522;15/03/2023;ramMb=16384|hostname=;\n");
        LinePlan p = plans.get(0);
        assertThat(p.outcome()).isEqualTo(LineOutcome.UPDATED);
        assertThat(p.ci().details().model()).isNull();
        assertThat(p.ci().details().notes()).isNull();
        assertThat(p.ci().details().attributes().asMap()).containsExactly(Map.entry("ramMb", 16384L));
    }

    @Test
    void the_file_is_read_in_utf8_with_or_without_bom_else_windows_1252_and_its_header_is_checked() throws Exception {
        byte[] bom = ("\uFEFF" + HEADER + "\nPC-1;DESKTOP;;HP;;IN_SERVICE;33522;;\n\n").getBytes(StandardCharsets.UTF_8);
        ImportFile utf8 = ImportFile.read(bom);
        assertThat(utf8.encoding()).isEqualTo("UTF-8");
        assertThat(utf8.count()).isEqualTo(1);
        ImportFile excel = ImportFile.read((HEADER + "\nPC-1;Écran;;HP;;IN_SERVICE;33522;;\n")
                .getBytes(Charset.forName("windows-1252")));
        assertThat(excel.encoding()).isEqualTo("windows-1252");
        assertThat(excel.lines().iterator().next().get(fr.proxima.inventory.ciimport.model.ImportColumn.TYPE))
                .isEqualTo("Écran");
        assertThatThrownBy(() -> ImportFile.read("Numéro;Type;Couleur\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFile.Unreadable.class)
                .hasMessageContaining("Numéro d'inventaire").hasMessageContaining("Couleur");
        assertThatThrownBy(() -> ImportFile.read(new byte[0])).isInstanceOf(ImportFile.Unreadable.class);
    }
}
