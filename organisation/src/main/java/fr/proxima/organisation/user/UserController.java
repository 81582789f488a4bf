package fr.proxima.organisation.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.internal.OrgProblems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Administration of the accounts (admins only). Password hashes never leave the server. */
@Controller("/api/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Utilisateurs")
class UserController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserView(long id, String username, String displayName, @Nullable String email, Role role,
                    @Nullable String team, @Nullable String commune, boolean active, long version,
                    @Nullable Instant createdAt, @Nullable Instant updatedAt) {
        static UserView of(UserAccount u) {
            return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.role(), u.teamCode(),
                    u.communeCode(), u.active(), u.version() == null ? 0 : u.version(), u.createdAt(), u.updatedAt());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CreateUser(@NotBlank @Size(max = 64) String username,
                      @NotBlank @Size(max = UserAccounts.MAX_PASSWORD) String password,
                      @NotBlank @Size(max = 160) String displayName,
                      @Nullable @Email @Size(max = 254) String email,
                      @NotNull Role role,
                      @Nullable @Size(max = 32) String team,
                      @Nullable @Size(max = 9) String commune) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UpdateUser(@NotBlank @Size(max = 160) String displayName,
                      @Nullable @Email @Size(max = 254) String email,
                      @NotNull Role role,
                      @Nullable @Size(max = 32) String team,
                      @Nullable @Size(max = 9) String commune,
                      @NotNull Boolean active,
                      @NotNull @Min(0) Long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChangePassword(@NotBlank @Size(max = UserAccounts.MAX_PASSWORD) String password) {
    }

    private final UserAccounts accounts;
    private final CurrentScope scope;

    UserController(UserAccounts accounts, CurrentScope scope) {
        this.accounts = accounts;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "Les comptes, par identifiant")
    @ApiResponse(responseCode = "200", description = "Les comptes")
    List<UserView> list() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @Get("/{id}")
    @Operation(summary = "Un compte")
    @ApiResponse(responseCode = "200", description = "Le compte")
    @ApiResponse(responseCode = "404", description = "Compte inconnu (ORG-1009)")
    UserView get(@PathVariable long id) {
        return accounts.find(id).map(UserView::of).orElseThrow(OrgProblems::userNotFound);
    }

    @Post
    @Operation(summary = "Créer un compte : rôle, équipe (intervenant, responsable de centre) ou commune (lecteur)")
    @ApiResponse(responseCode = "201", description = "Le compte créé")
    @ApiResponse(responseCode = "400", description = "Champs invalides (ORG-1004)")
    @ApiResponse(responseCode = "409", description = "Identifiant déjà pris (ORG-1010)")
    HttpResponse<UserView> create(@Valid @Body CreateUser body) {
        UserAccount u = accounts.create(scope.get(), new UserAccounts.NewUser(body.username(), body.password(),
                body.displayName(), body.email(), body.role(), body.team(), body.commune()));
        return HttpResponse.created(UserView.of(u), URI.create("/api/users/" + u.id()));
    }

    @Put("/{id}")
    @Operation(summary = "Modifier un compte (rôle, rattachement, activité, nom affiché), avec la version lue")
    @ApiResponse(responseCode = "200", description = "Le compte modifié")
    @ApiResponse(responseCode = "404", description = "Compte inconnu (ORG-1009)")
    @ApiResponse(responseCode = "409", description = "Version périmée (ORG-1006) ou propre compte (ORG-1011)")
    UserView update(@PathVariable long id, @Valid @Body UpdateUser body) {
        return UserView.of(accounts.update(scope.get(), id, body.version(), new UserAccounts.UserChanges(
                body.displayName(), body.email(), body.role(), body.team(), body.commune(), body.active())));
    }

    @Put("/{id}/password")
    @Operation(summary = "Définir un nouveau mot de passe")
    @ApiResponse(responseCode = "204", description = "Mot de passe changé")
    @ApiResponse(responseCode = "404", description = "Compte inconnu (ORG-1009)")
    HttpResponse<Void> password(@PathVariable long id, @Valid @Body ChangePassword body) {
        accounts.changePassword(scope.get(), id, body.password());
        return HttpResponse.noContent();
    }
}
