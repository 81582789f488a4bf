package fr.proxima.inventory.agent.web;

import fr.proxima.inventory.agent.application.AgentTokens;
import fr.proxima.inventory.agent.infrastructure.AgentTokenStore.TokenRow;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;

@Controller("/api/inventory/agent-tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN"})
@Tag(name = "Agents d'inventaire", description = "Protocole OCS / FusionInventory")
class AgentTokenController {
    private final AgentTokens tokens;
    private final CurrentScope currentScope;

    AgentTokenController(AgentTokens tokens, CurrentScope currentScope) {
        this.tokens = tokens;
        this.currentScope = currentScope;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewTokenRequest(@NotBlank @Pattern(regexp = "^(\\d[0-9AB]\\d{3}|\\d{9})$") String commune,
                           @Nullable @Size(max = 120) String label) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TokenResponse(long id, String commune, String label, String hint, boolean active, String createdBy,
                         Instant createdAt, @Nullable String revokedBy, @Nullable Instant revokedAt,
                         @Nullable String revokedReason, @Nullable Instant lastUsedAt, long inventories) {
        static TokenResponse of(TokenRow t) {
            return new TokenResponse(t.id(), t.communeCode(), t.label(), t.hint(), t.active(), t.createdBy(),
                    t.createdAt(), t.revokedBy(), t.revokedAt(), t.revokedReason(), t.lastUsedAt(), t.inventories());
        }
    }

    /** Why a token is revoked (optional, kept with it). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RevokeRequest(@Nullable @Size(max = 500) String reason) {
    }

    /** The token with its secret: the only time the secret is shown. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IssuedResponse(TokenResponse token, String secret) {
    }

    @Post
    @Operation(summary = "Créer un jeton d'agent pour une commune",
            description = "Administrateur. Le secret n'est montré qu'une fois : seule son empreinte SHA-256 est "
                    + "gardée. Les agents le passent en mot de passe (--password) ou en paramètre token.")
    @ApiResponse(responseCode = "201", description = "Le jeton et son secret")
    @ApiResponse(responseCode = "400", description = "Commune inconnue (INV-3204)")
    HttpResponse<IssuedResponse> create(@Valid @Body NewTokenRequest request) {
        AgentTokens.Issued issued = tokens.create(currentScope.get(), request.commune(), request.label());
        return HttpResponse.created(new IssuedResponse(TokenResponse.of(issued.token()), issued.secret().value()),
                URI.create("/api/inventory/agent-tokens/" + issued.token().id()));
    }

    @Get
    @Operation(summary = "Les jetons d'agent", description = "Administrateur ; filtre commune facultatif")
    @ApiResponse(responseCode = "200", description = "Les jetons, du plus récent au plus ancien (sans secret)")
    List<TokenResponse> list(@Nullable @QueryValue @Pattern(regexp = "^(\\d[0-9AB]\\d{3}|\\d{9})$") String commune) {
        return tokens.list(currentScope.get(), commune).stream().map(TokenResponse::of).toList();
    }

    @Get("/{id}")
    @Operation(summary = "Un jeton d'agent")
    @ApiResponse(responseCode = "200", description = "Le jeton (sans secret)")
    @ApiResponse(responseCode = "404", description = "Jeton introuvable (INV-3205)")
    TokenResponse get(@PathVariable @Positive long id) {
        return TokenResponse.of(tokens.get(currentScope.get(), id));
    }

    @Post("/{id}/revoke")
    @Operation(summary = "Révoquer un jeton d'agent",
            description = "Corps facultatif {\"reason\": \"…\"}. Les agents qui le présentent reçoivent 401.")
    @ApiResponse(responseCode = "200", description = "Le jeton révoqué")
    @ApiResponse(responseCode = "404", description = "Jeton introuvable (INV-3205)")
    TokenResponse revoke(@PathVariable @Positive long id, @Nullable @Valid @Body RevokeRequest request) {
        return TokenResponse.of(tokens.revoke(currentScope.get(), id, request == null ? null : request.reason()));
    }
}
