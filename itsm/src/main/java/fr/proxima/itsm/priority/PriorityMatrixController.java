package fr.proxima.itsm.priority;

import fr.proxima.itsm.ticket.model.Impact;
import fr.proxima.itsm.ticket.model.Priority;
import fr.proxima.itsm.ticket.model.PriorityMatrix;
import fr.proxima.itsm.ticket.model.Urgency;
import fr.proxima.organisation.CurrentScope;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@Controller("/api/priority-matrix")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Priorités")
class PriorityMatrixController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Cell(@NotNull Impact impact, @NotNull Urgency urgency, @NotNull Priority priority) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MatrixBody(@NotNull @Size(min = 9, max = 9) List<@Valid @NotNull Cell> cells) {
    }

    private final PriorityMatrices matrices;
    private final CurrentScope scope;

    PriorityMatrixController(PriorityMatrices matrices, CurrentScope scope) {
        this.matrices = matrices;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "Matrice impact × urgence → priorité en vigueur",
            description = "Un demandeur VIP relève la priorité d'un niveau (P1 reste P1).")
    @ApiResponse(responseCode = "200", description = "Les neuf cases de la matrice")
    MatrixBody get() {
        return render(matrices.current());
    }

    @Put
    @Secured("ADMIN")
    @Operation(summary = "Remplace la matrice (administrateur)")
    @ApiResponse(responseCode = "200", description = "La matrice en vigueur")
    @ApiResponse(responseCode = "400", description = "Matrice incomplète")
    MatrixBody replace(@Valid @Body MatrixBody body) {
        Map<Impact, Map<Urgency, Priority>> cells = new EnumMap<>(Impact.class);
        for (Cell c : body.cells()) {
            cells.computeIfAbsent(c.impact(), i -> new EnumMap<>(Urgency.class)).put(c.urgency(), c.priority());
        }
        return render(matrices.replace(cells, scope.get()));
    }

    private static MatrixBody render(PriorityMatrix m) {
        List<Cell> cells = new ArrayList<>();
        for (Impact i : Impact.values()) {
            for (Urgency u : Urgency.values()) {
                cells.add(new Cell(i, u, m.priorityOf(i, u)));
            }
        }
        return new MatrixBody(cells);
    }
}
