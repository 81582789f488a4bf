package fr.proxima.itsm.attachment;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.support.ItsmFixtures;
import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static fr.proxima.itsm.support.ItsmFixtures.AGENT;
import static fr.proxima.itsm.support.ItsmFixtures.PESSAC;
import static fr.proxima.itsm.support.ItsmFixtures.TALENCE;
import static fr.proxima.itsm.support.ItsmFixtures.TECH_BORDEAUX;
import static fr.proxima.itsm.support.ItsmFixtures.TECH_SUD;
import static fr.proxima.itsm.support.ItsmFixtures.VIEWER_PESSAC;
import static fr.proxima.itsm.support.ItsmFixtures.VIEWER_TALENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class AttachmentsTest extends DatabaseTest {

    @Inject
    Attachments attachments;
    @Inject
    ItsmFixtures fixtures;

    TicketRef talence;
    TicketRef pessac;
    Attachment talencePdf;

    @BeforeAll
    void tickets() {
        talence = fixtures.incident(TALENCE, "Facture illisible");
        pessac = fixtures.incident(PESSAC, "Scanner");
        talencePdf = attachments.upload(talence.id(), "facture mars.pdf", Samples.pdf(), TECH_SUD);
    }

    private static void assertStatus(Runnable r, int status, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            if (code != null) {
                assertThat(e.code()).isEqualTo(code);
            }
        });
    }

    @Test
    void a_real_small_pdf_is_stored_with_its_hash_and_comes_back_intact() {
        assertThat(talencePdf.contentType()).isEqualTo("application/pdf");
        assertThat(talencePdf.fileName()).isEqualTo("facture mars.pdf");
        assertThat(talencePdf.sizeBytes()).isEqualTo(Samples.pdf().length);
        assertThat(talencePdf.sha256()).isEqualTo(Attachments.sha256(Samples.pdf())).hasSize(64);
        assertThat(talencePdf.uploadedBy()).isEqualTo("tech.sud");
        Attachments.Download d = attachments.download(talence.id(), talencePdf.id(), VIEWER_TALENCE);
        assertThat(d.content()).isEqualTo(Samples.pdf());
        assertThat(fixtures.count("itsm_attachment_content WHERE attachment_id = " + talencePdf.id())).isEqualTo(1);
    }

    @Test
    void an_html_file_renamed_pdf_is_rejected_and_nothing_is_stored() {
        long before = fixtures.count("itsm_attachment");
        assertStatus(() -> attachments.upload(talence.id(), "facture.pdf", Samples.html(), TECH_SUD), 415,
                Attachments.TYPE_NOT_ALLOWED);
        assertThat(fixtures.count("itsm_attachment")).isEqualTo(before);
    }

    @Test
    void an_oversize_file_is_rejected_and_the_limit_itself_accepted() {
        byte[] limit = Arrays.copyOf(Samples.pdf(), (int) Attachments.MAX_BYTES);
        byte[] over = Arrays.copyOf(Samples.pdf(), (int) Attachments.MAX_BYTES + 1);
        assertStatus(() -> attachments.upload(talence.id(), "gros.pdf", over, TECH_SUD), 413, Attachments.TOO_LARGE);
        Attachment a = attachments.upload(talence.id(), "limite.pdf", limit, TECH_SUD);
        assertThat(a.sizeBytes()).isEqualTo(Attachments.MAX_BYTES);
        assertStatus(() -> attachments.upload(talence.id(), "vide.txt", new byte[0], TECH_SUD), 400, Attachments.EMPTY);
    }

    @Test
    void the_declared_name_is_sanitised_to_fit_the_detected_type() {
        Attachment a = attachments.upload(talence.id(), "../../rapport.html",
                "Journal d'erreurs\nligne 2\n".getBytes(), AGENT);
        assertThat(a.fileName()).isEqualTo("rapport.html.txt");
        assertThat(a.contentType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void listing_gives_metadata_of_the_tickets_attachments_only() {
        attachments.upload(pessac.id(), "capture.png", Samples.png(), AGENT);
        assertThat(attachments.list(talence.id(), AGENT)).isNotEmpty().allMatch(a -> a.ticketId() == talence.id());
        assertThat(attachments.list(pessac.id(), VIEWER_PESSAC)).hasSize(1)
                .allMatch(a -> a.communeCode().equals(PESSAC));
    }

    @Test
    void viewer_pessac_gets_404_for_a_talence_tickets_attachments() {
        assertStatus(() -> attachments.list(talence.id(), VIEWER_PESSAC), 404, null);
        assertStatus(() -> attachments.download(talence.id(), talencePdf.id(), VIEWER_PESSAC), 404, null);
        assertStatus(() -> attachments.upload(talence.id(), "x.pdf", Samples.pdf(), VIEWER_PESSAC), 404, null);
        // and an attachment cannot be fetched through another ticket's id
        assertStatus(() -> attachments.download(pessac.id(), talencePdf.id(), VIEWER_PESSAC), 404,
                Attachments.NOT_FOUND);
    }

    @Test
    void a_commune_viewer_or_another_centre_cannot_attach() {
        assertStatus(() -> attachments.upload(talence.id(), "x.pdf", Samples.pdf(), VIEWER_TALENCE), 403,
                Attachments.FORBIDDEN);
        assertStatus(() -> attachments.upload(talence.id(), "x.pdf", Samples.pdf(), TECH_BORDEAUX), 403,
                Attachments.FORBIDDEN);
    }
}
