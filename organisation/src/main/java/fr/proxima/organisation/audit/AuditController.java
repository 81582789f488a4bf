package fr.proxima.organisation.audit;

import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Paged;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Controller("/api/audit")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Audit")
class AuditController {
    private final AuditLog audit;
    private final CurrentScope scope;

    AuditController(AuditLog audit, CurrentScope scope) {
        this.audit = audit;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "Journal d'audit des écritures de l'organisation (administrateurs)")
    @ApiResponse(responseCode = "200", description = "Les écritures, les plus récentes d'abord")
    @ApiResponse(responseCode = "403", description = "Réservé aux administrateurs")
    Paged<AuditEntry> list(@Nullable @QueryValue @Pattern(regexp = "[A-Z_]{1,32}") String entityType,
                           @Nullable @QueryValue @Size(max = 64) String entityId,
                           @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
                           @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return audit.page(scope.get(), entityType, entityId, page, size);
    }
}
