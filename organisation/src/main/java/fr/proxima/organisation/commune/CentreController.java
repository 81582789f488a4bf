package fr.proxima.organisation.commune;

import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.team.Team;
import fr.proxima.organisation.team.Teams;
import com.fasterxml.jackson.annotation.JsonInclude;
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

/** The proximity centres and the communes each serves now (the map in force, read from memory). */
@Controller("/api/centres")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Centres de proximité")
class CentreController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CommuneRef(String code, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CentreView(String code, String name, boolean active, List<CommuneRef> communes) {
    }

    private final Teams teams;
    private final Communes communes;

    CentreController(Teams teams, Communes communes) {
        this.teams = teams;
        this.communes = communes;
    }

    @Get
    @Operation(summary = "Les cinq centres de proximité et les communes qu'ils servent aujourd'hui")
    @ApiResponse(responseCode = "200", description = "Les centres par nom")
    List<CentreView> list() {
        return teams.centres().stream().map(this::view).toList();
    }

    @Get("/{code}")
    @Operation(summary = "Un centre de proximité et ses communes en vigueur")
    @ApiResponse(responseCode = "200", description = "Le centre")
    @ApiResponse(responseCode = "404", description = "Centre inconnu (ORG-1002)")
    CentreView get(@PathVariable @Size(max = 32) String code) {
        return teams.centre(code).map(this::view).orElseThrow(OrgProblems::teamNotFound);
    }

    private CentreView view(Team t) {
        return new CentreView(t.code(), t.name(), t.active(),
                communes.servedBy(t.code()).stream().map(c -> new CommuneRef(c.code(), c.name())).toList());
    }
}
