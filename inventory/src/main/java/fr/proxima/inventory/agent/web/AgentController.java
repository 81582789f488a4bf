package fr.proxima.inventory.agent.web;

import fr.proxima.inventory.agent.application.AgentEndpoint;
import fr.proxima.inventory.agent.application.AgentProblems;
import fr.proxima.inventory.agent.application.AgentTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where FusionInventory / OCS agents send their messages ({@code --server http://host/api/inventory/agent}).
 * Anonymous for the JWT layer: the agent token authenticates the request instead, and a request without a valid
 * one answers 401 with a {@code WWW-Authenticate: Basic} challenge, which is what makes an agent send its
 * {@code --user} / {@code --password}.
 */
@Controller("/api/inventory/agent")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@SecurityRequirements
@Tag(name = "Agents d'inventaire", description = "Protocole OCS / FusionInventory")
class AgentController {
    static final String COMPRESSED = "application/x-compress";

    private final AgentEndpoint endpoint;
    private final AgentTokens tokens;

    AgentController(AgentEndpoint endpoint, AgentTokens tokens) {
        this.endpoint = endpoint;
        this.tokens = tokens;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Operation(summary = "Message d'un agent d'inventaire (PROLOG puis INVENTORY)",
            description = "Corps : XML REQUEST compressé zlib (application/x-compress ou x-compress-zlib), gzip ou "
                    + "non compressé. Jeton d'agent de la commune en authentification Basic (mot de passe, ou "
                    + "utilisateur si le mot de passe est vide) ou en paramètre token. Réponse : XML REPLY "
                    + "compressé zlib (PROLOG_FREQ et RESPONSE SEND pour un PROLOG, RESPONSE NO_ACCOUNT_UPDATE "
                    + "pour un INVENTORY).")
    @ApiResponse(responseCode = "200", description = "Réponse compressée à l'agent")
    @ApiResponse(responseCode = "400", description = "Message invalide (INV-3202)")
    @ApiResponse(responseCode = "401", description = "Jeton absent, inconnu ou révoqué (INV-3201)")
    @ApiResponse(responseCode = "413", description = "Message trop volumineux, compressé ou non (INV-3203)")
    HttpResponse<byte[]> message(@Nullable @Body byte[] body,
                                 @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                 @Nullable @QueryValue String token) {
        return answer(body, token != null ? token : fromBasic(authorization));
    }

    @Post("/{token}")
    @Consumes(MediaType.ALL)
    @Operation(summary = "Message d'un agent, jeton dans le chemin",
            description = "Pour les agents qui ne savent pas s'authentifier : --server http://hôte/api/inventory/agent/<jeton>")
    @ApiResponse(responseCode = "200", description = "Réponse compressée à l'agent")
    @ApiResponse(responseCode = "401", description = "Jeton inconnu ou révoqué (INV-3201)")
    HttpResponse<byte[]> messageWithToken(@PathVariable String token, @Nullable @Body byte[] body) {
        return answer(body, token);
    }

    private HttpResponse<byte[]> answer(byte[] body, String secret) {
        AgentTokens.AgentIdentity agent = (secret == null ? null : tokens.authenticate(secret).orElse(null));
        if (agent == null) {
            throw AgentProblems.unauthenticated();
        }
        if (body == null || body.length == 0) {
            throw new fr.proxima.organisation.ProblemException(400, AgentProblems.BAD_MESSAGE,
                    "Message d'agent invalide", "Corps vide");
        }
        AgentEndpoint.Outcome outcome = endpoint.handle(agent, body);
        return HttpResponse.ok(outcome.reply()).contentType(MediaType.of(COMPRESSED));
    }

    /** The token in an HTTP Basic header: the password, or the user name when the password is empty. */
    static String fromBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return decoded;
            }
            String password = decoded.substring(colon + 1);
            return password.isEmpty() ? decoded.substring(0, colon) : password;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
