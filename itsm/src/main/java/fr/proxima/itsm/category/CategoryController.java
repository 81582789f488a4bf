package fr.proxima.itsm.category;

import fr.proxima.organisation.CurrentScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;

@Controller("/api/categories")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Catégories")
class CategoryController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CategoryNode(String code, String name, boolean active, int position, long version,
                        List<CategoryNode> children) {
        static CategoryNode of(Categories.Node n) {
            Category c = n.category();
            return new CategoryNode(c.code(), c.name(), c.active(), c.position(),
                    c.version() == null ? 0 : c.version(), n.children().stream().map(CategoryNode::of).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CategoryResponse(String code, @Nullable String parent, String name, boolean active, int position,
                            long version) {
        static CategoryResponse of(Category c) {
            return new CategoryResponse(c.code(), c.parentCode(), c.name(), c.active(), c.position(),
                    c.version() == null ? 0 : c.version());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewCategory(@NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$") String code,
                       @Nullable @Size(max = 32) String parent,
                       @NotBlank @Size(max = 120) String name,
                       @Nullable Integer position) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CategoryChange(@Nullable @Size(min = 1, max = 120) String name, @Nullable Boolean active,
                          @NotNull Long version) {
    }

    private final Categories categories;
    private final CurrentScope scope;

    CategoryController(Categories categories, CurrentScope scope) {
        this.categories = categories;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "Arbre des catégories de tickets",
            description = "Les catégories actives ; `all=true` ajoute les catégories désactivées.")
    @ApiResponse(responseCode = "200", description = "L'arbre des catégories")
    List<CategoryNode> tree(@QueryValue(defaultValue = "false") boolean all) {
        return categories.tree(all).stream().map(CategoryNode::of).toList();
    }

    @Post
    @Secured("ADMIN")
    @Operation(summary = "Ajoute une catégorie (administrateur)")
    @ApiResponse(responseCode = "201", description = "Catégorie créée")
    @ApiResponse(responseCode = "400", description = "Code invalide ou déjà pris, parent inconnu")
    HttpResponse<CategoryResponse> add(@Valid @Body NewCategory body) {
        Category c = categories.add(body.code(), body.parent(), body.name(), body.position(), scope.get());
        return HttpResponse.created(CategoryResponse.of(c), URI.create("/api/categories/" + c.code()));
    }

    @Patch("/{code}")
    @Secured("ADMIN")
    @Operation(summary = "Renomme ou (dés)active une catégorie (administrateur)")
    @ApiResponse(responseCode = "200", description = "Catégorie modifiée")
    @ApiResponse(responseCode = "404", description = "Catégorie inconnue")
    @ApiResponse(responseCode = "409", description = "Version périmée")
    CategoryResponse change(@PathVariable String code, @Valid @Body CategoryChange body) {
        return CategoryResponse.of(categories.change(code, body.name(), body.active(), body.version(), scope.get()));
    }
}
