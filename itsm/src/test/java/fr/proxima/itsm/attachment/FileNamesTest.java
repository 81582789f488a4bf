package fr.proxima.itsm.attachment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {
    private static final ContentSniffer.Detected PDF = ContentSniffer.PDF;
    private static final ContentSniffer.Detected TEXT = ContentSniffer.detect("x".getBytes(), "a.txt").orElseThrow();

    @Test
    void a_path_is_reduced_to_its_last_segment() {
        assertThat(FileNames.sanitise("../../etc/passwd", TEXT)).isEqualTo("passwd.txt");
        assertThat(FileNames.sanitise("C:\\Users\\agent\\Bureau\\facture.pdf", PDF)).isEqualTo("facture.pdf");
    }

    @Test
    void an_extension_that_does_not_fit_the_content_gets_the_right_one_appended() {
        assertThat(FileNames.sanitise("page.html", TEXT)).isEqualTo("page.html.txt");
        assertThat(FileNames.sanitise("Facture.PDF", PDF)).isEqualTo("Facture.PDF");
        assertThat(FileNames.sanitise("scan", PDF)).isEqualTo("scan.pdf");
    }

    @Test
    void control_bidi_and_forbidden_characters_are_removed() {
        assertThat(FileNames.sanitise("fac\u202Etxt.exe.pdf", PDF)).doesNotContain("\u202E").endsWith(".pdf");
        assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*h.pdf", PDF)).isEqualTo("a_b_c_d_e_f_g_h.pdf");
        assertThat(FileNames.sanitise("ligne\r\nContent-Type: text/html.pdf", PDF)).doesNotContain("\r", "\n");
    }

    @Test
    void an_empty_or_reserved_name_gets_a_safe_one() {
        assertThat(FileNames.sanitise(null, PDF)).isEqualTo("piece-jointe.pdf");
        assertThat(FileNames.sanitise("...", PDF)).isEqualTo("piece-jointe.pdf");
        assertThat(FileNames.sanitise("CON.pdf", PDF)).isEqualTo("_CON.pdf");
    }

    @Test
    void a_long_name_is_cut_but_keeps_its_extension() {
        String name = FileNames.sanitise("é".repeat(400) + ".pdf", PDF);
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void the_content_disposition_is_always_an_attachment_with_an_ascii_fallback() {
        assertThat(FileNames.contentDisposition("Relevé \"mars\".pdf"))
                .isEqualTo("attachment; filename=\"Releve _mars_.pdf\"; filename*=UTF-8''Relev%C3%A9%20%22mars%22.pdf");
    }
}
