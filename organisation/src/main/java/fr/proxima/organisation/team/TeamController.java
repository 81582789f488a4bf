package fr.proxima.organisation.team;

import com.fasterxml.jackson.annotation.JsonInclude;
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

import java.util.List;

@Controller("/api/teams")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Équipes")
class TeamController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TeamView(String code, String name, TeamKind kind, boolean active) {
        static TeamView of(Team t) {
            return new TeamView(t.code(), t.name(), t.kind(), t.active());
        }
    }

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @Get
    @Operation(summary = "Les équipes : centres de proximité et groupes de support")
    @ApiResponse(responseCode = "200", description = "Les équipes par nom")
    List<TeamView> list() {
        return teams.all().stream().map(TeamView::of).toList();
    }
}
