package fr.proxima.organisation.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.team.Teams;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The people of a team, to assign a ticket to a named person (lives here: members are user accounts). */
@Controller("/api/teams/{code}/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Équipes")
class TeamMembersController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MemberView(long id, String username, String displayName, Role role) {
    }

    private final Teams teams;
    private final UserAccounts accounts;

    TeamMembersController(Teams teams, UserAccounts accounts) {
        this.teams = teams;
        this.accounts = accounts;
    }

    @Get
    @Operation(summary = "Les membres actifs d'une équipe, par nom")
    @ApiResponse(responseCode = "200", description = "Les membres")
    @ApiResponse(responseCode = "404", description = "Équipe inconnue (ORG-1002)")
    List<MemberView> members(@PathVariable @Size(max = 32) String code) {
        if (teams.find(code).isEmpty()) {
            throw OrgProblems.teamNotFound();
        }
        return accounts.activeMembers(code).stream()
                .map(u -> new MemberView(u.id(), u.username(), u.displayName(), u.role())).toList();
    }
}
