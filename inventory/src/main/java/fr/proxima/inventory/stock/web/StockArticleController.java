package fr.proxima.inventory.stock.web;

import fr.proxima.inventory.stock.application.StockQueries;
import fr.proxima.inventory.stock.application.StockSettings;
import fr.proxima.inventory.stock.web.StockRequests.ArticleUpdateRequest;
import fr.proxima.inventory.stock.web.StockRequests.NewArticleRequest;
import fr.proxima.inventory.stock.web.StockResponses.ArticleResponse;
import fr.proxima.organisation.CurrentScope;
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
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import java.net.URI;
import java.util.List;

@Controller("/api/stock/articles")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stock", description = "Le stock délocalisé des centres de proximité")
class StockArticleController {
    private final StockQueries queries;
    private final StockSettings settings;
    private final CurrentScope currentScope;

    StockArticleController(StockQueries queries, StockSettings settings, CurrentScope currentScope) {
        this.queries = queries;
        this.settings = settings;
        this.currentScope = currentScope;
    }

    @Get
    @Operation(summary = "Le catalogue des articles de stock")
    @ApiResponse(responseCode = "200", description = "Les articles, par code")
    List<ArticleResponse> list() {
        return queries.articles(currentScope.get()).stream().map(ArticleResponse::of).toList();
    }

    @Get("/{id}")
    @Operation(summary = "Un article de stock")
    @ApiResponse(responseCode = "200", description = "L'article")
    @ApiResponse(responseCode = "404", description = "Article introuvable (INV-3104)")
    ArticleResponse get(@PathVariable @Positive long id) {
        return ArticleResponse.of(queries.article(currentScope.get(), id));
    }

    @Post
    @Secured({"ADMIN"})
    @Operation(summary = "Référencer un article", description = "Administrateur (centre de gestion des configurations)")
    @ApiResponse(responseCode = "201", description = "Article créé")
    @ApiResponse(responseCode = "409", description = "Code déjà utilisé (INV-3111)")
    HttpResponse<ArticleResponse> create(@Valid @Body NewArticleRequest r) {
        var a = settings.createArticle(currentScope.get(), new StockSettings.ArticleDraft(r.code(), r.name(),
                r.kind(), r.category(), r.unit(), r.leadTimeWeeks()));
        return HttpResponse.created(ArticleResponse.of(a), URI.create("/api/stock/articles/" + a.id()));
    }

    @Put("/{id}")
    @Secured({"ADMIN"})
    @Operation(summary = "Modifier un article", description = "Avec la version lue ; périmée : 409 INV-3106")
    @ApiResponse(responseCode = "200", description = "L'article modifié")
    @ApiResponse(responseCode = "404", description = "Article introuvable (INV-3104)")
    @ApiResponse(responseCode = "409", description = "Version périmée (INV-3106)")
    ArticleResponse update(@PathVariable @Positive long id, @Valid @Body ArticleUpdateRequest r) {
        return ArticleResponse.of(settings.updateArticle(currentScope.get(), id, r.version(), r.name(), r.category(),
                r.unit(), r.leadTimeWeeks(), r.active()));
    }
}
