package fr.proxima.organisation.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.CurrentScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.site.Site;
import fr.proxima.organisation.site.Sites;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The agents of the communes and the caller search of the CAN; the scope is applied by {@link People}. */
@Controller("/api/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Personnes")
class PersonController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CommuneRef(String code, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SiteRef(long id, String name) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PersonView(long id, CommuneRef commune, @Nullable SiteRef site, String firstName, String lastName,
                      String displayName, @Nullable String jobTitle, @Nullable String phone, @Nullable String mobile,
                      @Nullable String email, boolean vip, boolean active, long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PersonRequest(
            @NotBlank @Pattern(regexp = "\\d[0-9AB]\\d{3}|\\d{9}") String commune,
            @Nullable @Positive Long site,
            @NotBlank @Size(max = 80) String firstName,
            @NotBlank @Size(max = 80) String lastName,
            @Nullable @Size(max = 120) String jobTitle,
            @Nullable @Size(max = 32) String phone,
            @Nullable @Size(max = 32) String mobile,
            @Nullable @Email @Size(max = 254) String email,
            boolean vip,
            @Nullable Boolean active,
            @Nullable @Min(0) Long version) {

        People.PersonDraft draft() {
            return new People.PersonDraft(commune, site, firstName, lastName, jobTitle, phone, mobile, email, vip,
                    active == null || active);
        }
    }

    private final People people;
    private final Sites sites;
    private final Communes communes;
    private final CurrentScope scope;

    PersonController(People people, Sites sites, Communes communes, CurrentScope scope) {
        this.people = people;
        this.sites = sites;
        this.communes = communes;
        this.scope = scope;
    }

    @Get
    @Operation(summary = "Recherche d'appelant : nom ou prénom (début, dans les deux ordres), téléphone ou e-mail")
    @ApiResponse(responseCode = "200", description = "Une page de personnes, par nom puis prénom")
    Paged<PersonView> search(@Nullable @QueryValue @Size(max = 100) String q,
                             @Nullable @QueryValue @Size(max = 9) String commune,
                             @Nullable @QueryValue @Positive Long site,
                             @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
                             @QueryValue(defaultValue = "20") @Min(1) @Max(200) int size) {
        AccessScope s = scope.get();
        Paged<Person> found = people.search(s, q, commune, site, page, size);
        Map<Long, SiteRef> siteNames = new HashMap<>();
        return found.map(p -> view(p, siteRef(s, p.siteId(), siteNames)));
    }

    @Get("/{id}")
    @Operation(summary = "Une personne, avec son site et son statut VIP")
    @ApiResponse(responseCode = "200", description = "La personne")
    @ApiResponse(responseCode = "404", description = "Personne inconnue ou hors de votre périmètre (ORG-1008)")
    PersonView get(@PathVariable long id) {
        AccessScope s = scope.get();
        Person p = people.require(s, id);
        return view(p, siteRef(s, p.siteId(), new HashMap<>()));
    }

    @Post
    @Secured("ADMIN")
    @Operation(summary = "Créer une personne (administrateurs)")
    @ApiResponse(responseCode = "201", description = "La personne créée")
    @ApiResponse(responseCode = "400", description = "Champs invalides (ORG-1004)")
    HttpResponse<PersonView> create(@Valid @Body PersonRequest body) {
        AccessScope s = scope.get();
        Person p = people.create(s, body.draft());
        return HttpResponse.created(view(p, siteRef(s, p.siteId(), new HashMap<>())),
                URI.create("/api/people/" + p.id()));
    }

    @Put("/{id}")
    @Secured("ADMIN")
    @Operation(summary = "Modifier une personne (administrateurs), avec la version lue")
    @ApiResponse(responseCode = "200", description = "La personne modifiée")
    @ApiResponse(responseCode = "404", description = "Personne inconnue (ORG-1008)")
    @ApiResponse(responseCode = "409", description = "Version périmée (ORG-1006)")
    PersonView update(@PathVariable long id, @Valid @Body PersonRequest body) {
        if (body.version() == null) {
            throw OrgProblems.invalid("version", "required", "Version obligatoire");
        }
        AccessScope s = scope.get();
        Person p = people.update(s, id, body.version(), body.draft());
        return view(p, siteRef(s, p.siteId(), new HashMap<>()));
    }

    private SiteRef siteRef(AccessScope s, Long siteId, Map<Long, SiteRef> cache) {
        if (siteId == null) {
            return null;
        }
        return cache.computeIfAbsent(siteId, id -> sites.find(s, id).map((Site x) -> new SiteRef(x.id(), x.name())).orElse(null));
    }

    private PersonView view(Person p, SiteRef site) {
        String communeName = communes.find(p.communeCode()).map(c -> c.name()).orElse(p.communeCode());
        return new PersonView(p.id(), new CommuneRef(p.communeCode(), communeName), site, p.firstName(),
                p.lastName(), p.displayName(), p.jobTitle(), p.phone(), p.mobile(), p.email(), p.vip(), p.active(),
                p.version() == null ? 0 : p.version());
    }

    private static final class SitesRef {
        static SiteRef of(Site s) {
            return new SiteRef(s.id(), s.name());
        }
    }
}
