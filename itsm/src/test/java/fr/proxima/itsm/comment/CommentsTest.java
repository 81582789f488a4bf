package fr.proxima.itsm.comment;

import fr.proxima.itsm.TicketRef;
import fr.proxima.itsm.support.ItsmFixtures;
import fr.proxima.organisation.ProblemException;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static fr.proxima.itsm.support.ItsmFixtures.AGENT;
import static fr.proxima.itsm.support.ItsmFixtures.MANAGER_SUD;
import static fr.proxima.itsm.support.ItsmFixtures.PESSAC;
import static fr.proxima.itsm.support.ItsmFixtures.TALENCE;
import static fr.proxima.itsm.support.ItsmFixtures.TECH_BORDEAUX;
import static fr.proxima.itsm.support.ItsmFixtures.TECH_SUD;
import static fr.proxima.itsm.support.ItsmFixtures.VIEWER_PESSAC;
import static fr.proxima.itsm.support.ItsmFixtures.VIEWER_TALENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class CommentsTest extends DatabaseTest {

    @Inject
    Comments comments;
    @Inject
    ItsmFixtures fixtures;

    TicketRef talence;
    TicketRef pessac;
    /** Where the write tests add their comments, so that the read tests see a fixed set on {@link #talence}. */
    TicketRef scratch;

    @BeforeAll
    void tickets() {
        talence = fixtures.incident(TALENCE, "Messagerie inaccessible");
        pessac = fixtures.incident(PESSAC, "Copieur bloqué");
        scratch = fixtures.incident(TALENCE, "Téléphone de l'accueil");
        comments.add(talence.id(), "Nous passons demain matin.", CommentVisibility.PUBLIC, TECH_SUD);
        comments.add(talence.id(), "Pièce à commander chez le fournisseur.", CommentVisibility.INTERNAL, TECH_SUD);
        comments.add(pessac.id(), "Pris en compte.", CommentVisibility.PUBLIC, TECH_SUD);
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
    void staff_read_public_and_internal_comments_in_order() {
        assertThat(comments.list(talence.id(), TECH_SUD)).extracting(Comment::visibility)
                .containsExactly(CommentVisibility.PUBLIC, CommentVisibility.INTERNAL);
        Comment first = comments.list(talence.id(), AGENT).get(0);
        assertThat(first.authorUsername()).isEqualTo("tech.sud");
        assertThat(first.authorRole()).isEqualTo("TECHNICIAN");
        assertThat(first.createdAt()).isNotNull();
    }

    @Test
    void a_commune_viewer_never_sees_internal_comments() {
        assertThat(comments.list(talence.id(), VIEWER_TALENCE)).extracting(Comment::visibility)
                .containsOnly(CommentVisibility.PUBLIC).hasSize(1);
    }

    @Test
    void viewer_pessac_gets_404_for_a_talence_tickets_comments() {
        assertStatus(() -> comments.list(talence.id(), VIEWER_PESSAC), 404, null);
        assertStatus(() -> comments.add(talence.id(), "test", CommentVisibility.PUBLIC, VIEWER_PESSAC), 404, null);
        assertThat(comments.list(pessac.id(), VIEWER_PESSAC)).hasSize(1)
                .allMatch(c -> c.communeCode().equals(PESSAC));
    }

    @Test
    void an_unknown_ticket_is_404() {
        assertStatus(() -> comments.list(987_654_321L, AGENT), 404, null);
    }

    @Test
    void a_commune_viewer_cannot_write() {
        assertStatus(() -> comments.add(scratch.id(), "Merci", CommentVisibility.PUBLIC, VIEWER_TALENCE), 403,
                Comments.FORBIDDEN);
    }

    @Test
    void a_can_agent_adds_a_public_comment_to_any_ticket() {
        Comment c = comments.add(scratch.id(), "L'appelante relance : urgent pour le conseil municipal.",
                CommentVisibility.PUBLIC, AGENT);
        assertThat(c.id()).isNotNull();
        assertThat(c.authorUsername()).isEqualTo("agent.can");
        assertThat(comments.list(scratch.id(), VIEWER_TALENCE)).extracting(Comment::id).contains(c.id());
    }

    @Test
    void a_technician_of_another_centre_cannot_comment_a_ticket_it_may_not_change() {
        assertStatus(() -> comments.add(scratch.id(), "?", CommentVisibility.PUBLIC, TECH_BORDEAUX), 403, null);
    }

    @Test
    void the_centre_manager_writes_internal_comments() {
        Comment c = comments.add(scratch.id(), "Escalade au fournisseur", CommentVisibility.INTERNAL, MANAGER_SUD);
        assertThat(comments.list(scratch.id(), VIEWER_TALENCE)).extracting(Comment::id).doesNotContain(c.id());
        assertThat(comments.list(scratch.id(), AGENT)).extracting(Comment::id).contains(c.id());
    }

    @Test
    void a_comment_holds_1_to_10000_characters() {
        assertStatus(() -> comments.add(scratch.id(), "   ", CommentVisibility.PUBLIC, TECH_SUD), 400, Comments.INVALID);
        assertStatus(() -> comments.add(scratch.id(), "x".repeat(10_001), CommentVisibility.PUBLIC, TECH_SUD), 400,
                Comments.INVALID);
        assertThat(comments.add(scratch.id(), "é".repeat(10_000), CommentVisibility.PUBLIC, TECH_SUD).text())
                .hasSize(10_000);
    }
}
