package fr.proxima.itsm.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Controller("/api/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Commentaires", description = "Commentaires publics et internes des tickets")
class CommentController {
    private final Comments comments;
    private final CurrentScope currentScope;

    CommentController(Comments comments, CurrentScope currentScope) {
        this.comments = comments;
        this.currentScope = currentScope;
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record CommentRequest(@NotBlank @Size(max = Comment.MAX_TEXT) String text, @NotNull CommentVisibility visibility) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CommentResponse(long id, long ticketId, CommentVisibility visibility, String text, Author author,
                           Instant createdAt) {
        static CommentResponse of(Comment c) {
            return new CommentResponse(c.id(), c.ticketId(), c.visibility(), c.text(),
                    new Author(c.authorId(), c.authorUsername(), c.authorRole()), c.createdAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Author(Long id, String username, String role) {
    }

    @Get("/{id}/comments")
    @Operation(summary = "Les commentaires d'un ticket",
            description = "Du plus ancien au plus récent ; un lecteur de commune ne voit pas les commentaires internes")
    @ApiResponse(responseCode = "200", description = "Les commentaires visibles")
    @ApiResponse(responseCode = "404", description = "Ticket introuvable ou hors périmètre")
    List<CommentResponse> list(@PathVariable @Positive long id) {
        return comments.list(id, currentScope.get()).stream().map(CommentResponse::of).toList();
    }

    @Post("/{id}/comments")
    @Operation(summary = "Commenter un ticket",
            description = "Qui peut modifier le ticket commente ; un agent de la CAN ajoute un commentaire public à "
                    + "tout ticket ; un lecteur de commune ne commente pas")
    @ApiResponse(responseCode = "201", description = "Commentaire ajouté")
    @ApiResponse(responseCode = "400", description = "Texte vide ou trop long, visibilité inconnue")
    @ApiResponse(responseCode = "403", description = "Non autorisé (ITSM-2201, ITSM-2202)")
    @ApiResponse(responseCode = "404", description = "Ticket introuvable ou hors périmètre")
    HttpResponse<CommentResponse> add(@PathVariable @Positive long id, @Valid @Body CommentRequest request) {
        Comment c = comments.add(id, request.text(), request.visibility(), currentScope.get());
        return HttpResponse.created(CommentResponse.of(c));
    }
}
