package fr.proxima.organisation.site;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.audit.AuditLog;
import fr.proxima.organisation.commune.Commune;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.internal.Changes;
import fr.proxima.organisation.internal.FieldErrors;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.internal.Text;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sites of the communes. Every read takes the caller's {@link AccessScope}: a commune viewer reads its own
 * commune's sites only, and another commune's site answers exactly like an unknown one.
 */
@Singleton
public class Sites {
    private static final Pattern POSTAL_CODE = Pattern.compile("^\\d{5}$");

    private final SiteRepository repository;
    private final Communes communes;
    private final AuditLog audit;

    Sites(SiteRepository repository, Communes communes, AuditLog audit) {
        this.repository = repository;
        this.communes = communes;
        this.audit = audit;
    }

    /** The site if it exists and the scope may read it. */
    @Transactional(readOnly = true)
    public Optional<Site> find(AccessScope scope, long id) {
        return repository.find(id, scope.communeFilter());
    }

    /** The site, or 404 (ORG-1007) when unknown or out of scope. */
    public Site require(AccessScope scope, long id) {
        return find(scope, id).orElseThrow(OrgProblems::siteNotFound);
    }

    /** Sites by name, optionally of one commune and containing {@code q} (accents and case ignored). */
    @Transactional(readOnly = true)
    public Paged<Site> search(AccessScope scope, @Nullable String commune, @Nullable String q, int page, int size) {
        String text = Text.trimToNull(q);
        String like = text == null ? null : "%" + Text.likePrefix(text);
        return Paged.of(repository.search(scope.communeFilter(), Text.trimToNull(commune), like, size + 1,
                (long) page * size), page, size);
    }

    /** The sites among {@code ids} that exist and the scope may read, in no particular order. */
    @Transactional(readOnly = true)
    public java.util.List<Site> findAll(AccessScope scope, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.List.of() : repository.findAll(ids, scope.communeFilter());
    }

    /** The open sites of a commune, by name, if the scope reads that commune (else none). */
    @Transactional(readOnly = true)
    public java.util.List<Site> activeInCommune(AccessScope scope, String commune) {
        return repository.activeInCommune(commune, scope.communeFilter());
    }

    /** How many sites the commune has (demo loading uses it to stay idempotent). */
    @Transactional(readOnly = true)
    public long countInCommune(String commune) {
        return repository.countInCommune(commune);
    }

    @Transactional
    public Site create(AccessScope by, SiteDraft d) {
        requireAdmin(by);
        Commune commune = validate(d);
        Site saved = repository.save(new Site(null, commune.code(), d.name().strip(), d.kind(), Text.trimToNull(d.address()),
                Text.trimToNull(d.postalCode()), cityOr(d, commune), d.latitude(), d.longitude(), d.active(), null, null,
                null));
        audit.record(by, "CREATE", "SITE", saved.id(), describe(saved));
        return saved;
    }

    @Transactional
    public Site update(AccessScope by, long id, long version, SiteDraft d) {
        requireAdmin(by);
        Site current = repository.find(id, null).orElseThrow(OrgProblems::siteNotFound);
        Commune commune = validate(d);
        if (current.version() != version) {
            throw OrgProblems.stale("Le site");
        }
        Site changed = new Site(id, commune.code(), d.name().strip(), d.kind(), Text.trimToNull(d.address()),
                Text.trimToNull(d.postalCode()), cityOr(d, commune), d.latitude(), d.longitude(), d.active(), version,
                current.createdAt(), current.updatedAt());
        Site saved;
        try {
            saved = repository.update(changed);
        } catch (OptimisticLockException e) {
            throw OrgProblems.stale("Le site");
        }
        audit.record(by, "UPDATE", "SITE", id, diff(current, saved));
        return saved;
    }

    private Commune validate(SiteDraft d) {
        Commune commune = d.communeCode() == null ? null : communes.find(d.communeCode()).orElse(null);
        FieldErrors errors = new FieldErrors()
                .check(commune != null, "commune", "unknown", "Commune inconnue")
                .check(Text.trimToNull(d.name()) != null, "name", "required", "Nom obligatoire")
                .check(d.kind() != null, "kind", "required", "Type de site obligatoire")
                .check(d.postalCode() == null || d.postalCode().isBlank() || POSTAL_CODE.matcher(d.postalCode().strip()).matches(),
                        "postalCode", "format", "Code postal à 5 chiffres")
                .check(d.latitude() == null || d.latitude().abs().compareTo(BigDecimal.valueOf(90)) <= 0, "latitude",
                        "range", "Latitude entre -90 et 90")
                .check(d.longitude() == null || d.longitude().abs().compareTo(BigDecimal.valueOf(180)) <= 0, "longitude",
                        "range", "Longitude entre -180 et 180");
        errors.throwIfAny();
        return commune;
    }

    private static String cityOr(SiteDraft d, Commune commune) {
        String city = Text.trimToNull(d.city());
        return city == null ? commune.name() : city;
    }

    private static void requireAdmin(AccessScope by) {
        if (!by.isAdmin()) {
            throw OrgProblems.adminOnly();
        }
    }

    private static Map<String, Object> describe(Site s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("commune", s.communeCode());
        d.put("name", s.name());
        d.put("kind", s.kind().name());
        d.put("address", s.address());
        return d;
    }

    private static Map<String, Object> diff(Site a, Site b) {
        return new Changes()
                .field("commune", a.communeCode(), b.communeCode())
                .field("name", a.name(), b.name())
                .field("kind", a.kind(), b.kind())
                .field("address", a.address(), b.address())
                .field("postalCode", a.postalCode(), b.postalCode())
                .field("city", a.city(), b.city())
                .field("latitude", a.latitude(), b.latitude())
                .field("longitude", a.longitude(), b.longitude())
                .field("active", a.active(), b.active())
                .asMap();
    }

    /** What a site is made of, for creation and full replacement. */
    public record SiteDraft(String communeCode, String name, SiteKind kind, @Nullable String address,
                            @Nullable String postalCode, @Nullable String city, @Nullable BigDecimal latitude,
                            @Nullable BigDecimal longitude, boolean active) {
    }
}
