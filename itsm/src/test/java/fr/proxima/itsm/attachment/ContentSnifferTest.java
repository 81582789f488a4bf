package fr.proxima.itsm.attachment;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

    private static String typeOf(byte[] content, String name) {
        return ContentSniffer.detect(content, name).map(ContentSniffer.Detected::mediaType).orElse("REFUSED");
    }

    @Test
    void a_real_pdf_is_a_pdf_whatever_its_name() {
        assertThat(typeOf(Samples.pdf(), "facture.pdf")).isEqualTo("application/pdf");
        assertThat(typeOf(Samples.pdf(), "facture.exe")).isEqualTo("application/pdf");
    }

    @Test
    void an_html_file_renamed_pdf_is_refused() {
        assertThat(typeOf(Samples.html(), "facture.pdf")).isEqualTo("REFUSED");
    }

    @Test
    void markup_in_disguise_is_refused_as_text() {
        assertThat(typeOf("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "image.txt")).isEqualTo("REFUSED");
        assertThat(typeOf("Bonjour,\nvoir <script>alert(1)</script>\n".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .isEqualTo("REFUSED");
        assertThat(typeOf("  \n<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8), "data.csv"))
                .isEqualTo("REFUSED");
    }

    @Test
    void images_are_recognised_by_their_signature() {
        assertThat(typeOf(Samples.png(), "capture.jpg")).isEqualTo("image/png");
        assertThat(typeOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, "x"))
                .isEqualTo("image/jpeg");
        assertThat(typeOf("GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "x.gif")).isEqualTo("image/gif");
    }

    @Test
    void plain_text_and_csv_are_accepted_in_utf8_and_windows_1252() {
        assertThat(typeOf("Le poste ne démarre plus.\r\nCode 0x0F.\n".getBytes(StandardCharsets.UTF_8), "log.txt"))
                .isEqualTo("text/plain; charset=UTF-8");
        byte[] excelCsv = "nom;prénom;téléphone\r\nDupont;Zoé;0556000000\r\n".getBytes(Charset.forName("windows-1252"));
        assertThat(typeOf(excelCsv, "agents.csv")).isEqualTo("text/csv; charset=windows-1252");
    }

    @Test
    void binary_content_that_is_on_no_list_is_refused() {
        assertThat(typeOf(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, "setup.pdf")).isEqualTo("REFUSED");
        assertThat(typeOf("texte\u0000avec nul".getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo("REFUSED");
        assertThat(typeOf(new byte[0], "vide.txt")).isEqualTo("REFUSED");
    }

    @Test
    void office_open_xml_is_recognised_from_the_zip_directory() {
        assertThat(typeOf(Samples.docx(), "rapport.pdf"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(typeOf(Samples.zip("[Content_Types].xml", "xl/workbook.xml"), "t.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(typeOf(Samples.zip("[Content_Types].xml", "ppt/presentation.xml"), "p.pptx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    }

    @Test
    void a_plain_zip_or_a_macro_enabled_document_is_refused() {
        assertThat(typeOf(Samples.zip("setup.exe", "readme.txt"), "archive.docx")).isEqualTo("REFUSED");
        assertThat(typeOf(Samples.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), "m.docx"))
                .isEqualTo("REFUSED");
        byte[] truncated = java.util.Arrays.copyOf(Samples.docx(), 60);
        assertThat(typeOf(truncated, "cut.docx")).isEqualTo("REFUSED");
    }

    @Test
    void opendocument_is_recognised_from_its_mimetype_entry() {
        assertThat(typeOf(Samples.openDocument("application/vnd.oasis.opendocument.text"), "courrier.odt"))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(typeOf(Samples.openDocument("application/vnd.oasis.opendocument.spreadsheet"), "b.ods"))
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(typeOf(Samples.openDocument("text/html"), "x.odt")).isEqualTo("REFUSED");
    }

    @Test
    void mails_are_recognised_eml_by_headers_and_msg_by_its_mapi_streams() {
        assertThat(typeOf(Samples.eml(), "message.eml")).isEqualTo("message/rfc822");
        assertThat(typeOf(Samples.ole2(true), "message.msg")).isEqualTo("application/vnd.ms-outlook");
        assertThat(typeOf(Samples.ole2(false), "ancien.doc")).isEqualTo("REFUSED");
    }
}
