package fr.proxima.organisation.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.team.Teams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the caller is, as the token says (what the scope rules apply to). */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Utilisateurs")
class MeController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Ref(String code, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MeView(@Nullable Long id, String username, String displayName, Role role, @Nullable Ref team,
                  @Nullable Ref commune) {
    }

    private final CurrentScope scope;
    private final UserAccounts accounts;
    private final Teams teams;
    private final Communes communes;

    MeController(CurrentScope scope, UserAccounts accounts, Teams teams, Communes communes) {
        this.scope = scope;
        this.accounts = accounts;
        this.teams = teams;
        this.communes = communes;
    }

    @Get
    @Operation(summary = "L'utilisateur connecté : identifiant, nom, rôle, équipe, commune")
    @ApiResponse(responseCode = "200", description = "L'utilisateur connecté")
    @ApiResponse(responseCode = "401", description = "Non authentifié")
    MeView me() {
        AccessScope s = scope.get();
        String displayName = (s.userId() == null ? java.util.Optional.<UserAccount>empty() : accounts.find(s.userId()))
                .map(UserAccount::displayName).orElse(s.username());
        Ref team = s.team() == null ? null
                : new Ref(s.team().value(), teams.find(s.team().value()).map(t -> t.name()).orElse(s.team().value()));
        Ref commune = s.commune() == null ? null
                : new Ref(s.commune().value(), communes.find(s.commune().value()).map(c -> c.name())
                .orElse(s.commune().value()));
        return new MeView(s.userId(), s.username(), displayName, s.role(), team, commune);
    }
}
