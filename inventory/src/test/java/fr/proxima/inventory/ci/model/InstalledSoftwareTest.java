package fr.proxima.inventory.ci.model;

import fr.proxima.inventory.software.SoftwareNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InstalledSoftwareTest {

    static InstalledSoftware s(String name, String version) {
        return InstalledSoftware.of(name, "Éditeur", version, null);
    }

    @Test
    void a_report_is_compared_with_what_the_machine_has_by_name_and_version() {
        List<InstalledSoftware> current = List.of(s("Mozilla Firefox (x64 fr)", "115.0"), s("7-Zip 22.01 (x64)", "22.01"),
                s("VLC media player", "3.0.18"));
        List<InstalledSoftware> reported = List.of(s("Mozilla Firefox (x64 fr)", "128.0.3"), s("7-Zip 22.01 (x64)",
                "22.01"), s("LibreOffice 7.6.4.1", "7.6.4.1"), s("LibreOffice 7.6.4.1", "7.6.4.1"));
        InstalledSoftware.Changes changes = InstalledSoftware.diff(current, reported);
        assertThat(changes.added()).extracting(InstalledSoftware::matchKey)
                .containsExactly("mozilla firefox", "libreoffice");
        assertThat(changes.removed()).extracting(InstalledSoftware::matchKey)
                .containsExactly("mozilla firefox", "vlc media player");
        assertThat(changes.history()).containsExactly(
                new FieldChange("software", "Mozilla Firefox (x64 fr) 115.0", "Mozilla Firefox (x64 fr) 128.0.3"),
                new FieldChange("software", null, "LibreOffice 7.6.4.1 7.6.4.1"),
                new FieldChange("software", "VLC media player 3.0.18", null));
        assertThat(InstalledSoftware.diff(current, current).isEmpty()).isTrue();
    }

    @Test
    void match_keys_drop_architecture_language_and_trailing_versions_but_keep_product_years() {
        assertThat(SoftwareNames.matchKey("Mozilla Firefox (x64 fr)")).isEqualTo("mozilla firefox");
        assertThat(SoftwareNames.matchKey("Mozilla Firefox 128.0.3")).isEqualTo("mozilla firefox");
        assertThat(SoftwareNames.matchKey("7-Zip 23.01 (x64)")).isEqualTo("7-zip");
        assertThat(SoftwareNames.matchKey("Microsoft Office Professionnel Plus 2019 - fr-fr"))
                .isEqualTo("microsoft office professionnel plus 2019");
        assertThat(SoftwareNames.matchKey("Java 8 Update 381")).isEqualTo("java 8");
        assertThat(SoftwareNames.matchKey("Logiciel d'état civil Élise")).isEqualTo("logiciel d'etat civil elise");
        assertThat(SoftwareNames.matchKey("Notepad++ (64-bit x64)")).isEqualTo("notepad++");
        assertThat(SoftwareNames.matchKey("  ")).isNull();
    }
}
