package fr.proxima.organisation.person;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Paged;
import fr.proxima.organisation.audit.AuditLog;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.internal.Changes;
import fr.proxima.organisation.internal.FieldErrors;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.internal.Text;
import fr.proxima.organisation.site.Site;
import fr.proxima.organisation.site.Sites;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agents of the communes and the CAN's caller search. Every read takes the caller's {@link AccessScope}: a
 * commune viewer reads its own commune's people only, and another commune's person answers like an unknown one.
 */
@Singleton
public class People {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int IMPORT_CHUNK = 500;
    private static final String INSERT_COLUMNS = "INSERT INTO org_person (commune_code, site_id, first_name, last_name,"
            + " job_title, phone, mobile, email, vip, active, search_key, search_key_first, phone_digits, mobile_digits,"
            + " version, created_at, updated_at) VALUES ";
    private static final String INSERT_ROW = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)";

    private final PersonRepository repository;
    private final Communes communes;
    private final Sites sites;
    private final AuditLog audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    People(PersonRepository repository, Communes communes, Sites sites, AuditLog audit,
           TransactionOperations<Connection> tx, @Nullable Clock clock) {
        this.repository = repository;
        this.communes = communes;
        this.sites = sites;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** The person if it exists and the scope may read it. */
    @Transactional(readOnly = true)
    public Optional<Person> find(AccessScope scope, long id) {
        return repository.find(id, scope.communeFilter());
    }

    /** The person, or 404 (ORG-1008) when unknown or out of scope. */
    public Person require(AccessScope scope, long id) {
        return find(scope, id).orElseThrow(OrgProblems::personNotFound);
    }

    /**
     * The caller search: {@code q} is a name prefix (either order), a phone number prefix (any formatting) or an
     * e-mail prefix; {@code commune} and {@code site} narrow it. Ordered by last name then first name.
     */
    @Transactional(readOnly = true)
    public Paged<Person> search(AccessScope scope, @Nullable String q, @Nullable String commune, @Nullable Long site,
                                int page, int size) {
        PersonQuery query = PersonQuery.parse(q);
        String s = scope.communeFilter();
        String c = Text.trimToNull(commune);
        int limit = size + 1;
        long offset = (long) page * size;
        List<Person> rows = switch (query.kind()) {
            case ALL -> repository.list(s, c, site, limit, offset);
            case NAME -> repository.searchByName(s, c, site, query.namePattern(), query.emailPattern(), limit, offset);
            case PHONE -> repository.searchByPhone(s, c, site, query.digitsPattern(), limit, offset);
            case EMAIL -> repository.searchByEmail(s, c, site, query.emailPattern(), limit, offset);
            case NOTHING -> List.of();
        };
        return Paged.of(rows, page, size);
    }

    /** The people among {@code ids} that exist and the scope may read, in no particular order. */
    @Transactional(readOnly = true)
    public List<Person> findAll(AccessScope scope, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findAll(ids, scope.communeFilter());
    }

    /** The active people of a commune the scope may read, by name (empty for another commune of a viewer). */
    @Transactional(readOnly = true)
    public List<Person> activeInCommune(AccessScope scope, String commune) {
        return repository.activeInCommune(commune, scope.communeFilter());
    }

    @Transactional(readOnly = true)
    public long countInCommune(String commune) {
        return repository.countInCommune(commune);
    }

    @Transactional
    public Person create(AccessScope by, PersonDraft d) {
        requireAdmin(by);
        validate(d);
        PersonKeys k = PersonKeys.of(d.firstName(), d.lastName(), d.phone(), d.mobile());
        Person saved = repository.save(new Person(null, d.communeCode(), d.siteId(), d.firstName().strip(),
                d.lastName().strip(), Text.trimToNull(d.jobTitle()), Text.trimToNull(d.phone()),
                Text.trimToNull(d.mobile()), Text.trimToNull(d.email()), d.vip(), d.active(), k.searchKey(),
                k.searchKeyFirst(), k.phoneDigits(), k.mobileDigits(), null, null, null));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("commune", saved.communeCode());
        details.put("name", saved.displayName());
        details.put("site", saved.siteId());
        details.put("vip", saved.vip());
        audit.record(by, "CREATE", "PERSON", saved.id(), details);
        return saved;
    }

    @Transactional
    public Person update(AccessScope by, long id, long version, PersonDraft d) {
        requireAdmin(by);
        Person current = repository.find(id, null).orElseThrow(OrgProblems::personNotFound);
        validate(d);
        if (current.version() != version) {
            throw OrgProblems.stale("La personne");
        }
        PersonKeys k = PersonKeys.of(d.firstName(), d.lastName(), d.phone(), d.mobile());
        Person changed = new Person(id, d.communeCode(), d.siteId(), d.firstName().strip(), d.lastName().strip(),
                Text.trimToNull(d.jobTitle()), Text.trimToNull(d.phone()), Text.trimToNull(d.mobile()),
                Text.trimToNull(d.email()), d.vip(), d.active(), k.searchKey(), k.searchKeyFirst(), k.phoneDigits(),
                k.mobileDigits(), version, current.createdAt(), current.updatedAt());
        Person saved;
        try {
            saved = repository.update(changed);
        } catch (OptimisticLockException e) {
            throw OrgProblems.stale("La personne");
        }
        audit.record(by, "UPDATE", "PERSON", id, new Changes()
                .field("commune", current.communeCode(), saved.communeCode())
                .field("site", current.siteId(), saved.siteId())
                .field("firstName", current.firstName(), saved.firstName())
                .field("lastName", current.lastName(), saved.lastName())
                .field("jobTitle", current.jobTitle(), saved.jobTitle())
                .field("phone", current.phone(), saved.phone())
                .field("mobile", current.mobile(), saved.mobile())
                .field("email", current.email(), saved.email())
                .field("vip", current.vip(), saved.vip())
                .field("active", current.active(), saved.active())
                .asMap());
        return saved;
    }

    /**
     * Inserts many people at once (an import or the demo data), with multi-row inserts, in the caller's
     * transaction or a new one; one audit row per call. The drafts are trusted to be valid (communes and sites
     * exist; the foreign keys still check them) and the search keys are computed as for a single creation.
     *
     * @return the number of people inserted
     */
    @Transactional
    public int importAll(AccessScope by, String source, List<PersonDraft> drafts) {
        requireAdmin(by);
        if (drafts.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Connection connection = tx.getConnection();
        try {
            for (int from = 0; from < drafts.size(); from += IMPORT_CHUNK) {
                List<PersonDraft> chunk = drafts.subList(from, Math.min(drafts.size(), from + IMPORT_CHUNK));
                StringBuilder sql = new StringBuilder(INSERT_COLUMNS);
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ",").append(INSERT_ROW);
                }
                try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (PersonDraft d : chunk) {
                        PersonKeys k = PersonKeys.of(d.firstName(), d.lastName(), d.phone(), d.mobile());
                        ps.setString(p++, d.communeCode());
                        if (d.siteId() == null) {
                            ps.setNull(p++, Types.BIGINT);
                        } else {
                            ps.setLong(p++, d.siteId());
                        }
                        ps.setString(p++, d.firstName().strip());
                        ps.setString(p++, d.lastName().strip());
                        ps.setString(p++, Text.trimToNull(d.jobTitle()));
                        ps.setString(p++, Text.trimToNull(d.phone()));
                        ps.setString(p++, Text.trimToNull(d.mobile()));
                        ps.setString(p++, Text.trimToNull(d.email()));
                        ps.setBoolean(p++, d.vip());
                        ps.setBoolean(p++, d.active());
                        ps.setString(p++, k.searchKey());
                        ps.setString(p++, k.searchKeyFirst());
                        ps.setString(p++, k.phoneDigits());
                        ps.setString(p++, k.mobileDigits());
                        ps.setTimestamp(p++, now);
                        ps.setTimestamp(p++, now);
                    }
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("import of people failed", e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", source);
        details.put("count", drafts.size());
        audit.record(by, "IMPORT", "PERSON", source, details);
        return drafts.size();
    }

    private void validate(PersonDraft d) {
        boolean communeKnown = d.communeCode() != null && communes.exists(d.communeCode());
        FieldErrors errors = new FieldErrors()
                .check(communeKnown, "commune", "unknown", "Commune inconnue")
                .check(Text.trimToNull(d.firstName()) != null && d.firstName().strip().length() <= 80, "firstName",
                        "required", "Prénom obligatoire (80 caractères au plus)")
                .check(Text.trimToNull(d.lastName()) != null && d.lastName().strip().length() <= 80, "lastName",
                        "required", "Nom obligatoire (80 caractères au plus)")
                .check(d.email() == null || d.email().isBlank() || EMAIL.matcher(d.email().strip()).matches(), "email",
                        "format", "Adresse e-mail invalide")
                .check(d.phone() == null || d.phone().isBlank() || PersonKeys.phoneDigits(d.phone()) != null, "phone",
                        "format", "Numéro de téléphone sans chiffres")
                .check(d.mobile() == null || d.mobile().isBlank() || PersonKeys.phoneDigits(d.mobile()) != null,
                        "mobile", "format", "Numéro de mobile sans chiffres");
        if (d.siteId() != null && communeKnown) {
            Optional<Site> site = sites.find(AccessScope.system(), d.siteId());
            errors.check(site.isPresent() && site.get().communeCode().equals(d.communeCode()), "site", "unknown",
                    "Site inconnu dans cette commune");
        }
        errors.throwIfAny();
    }

    private static void requireAdmin(AccessScope by) {
        if (!by.isAdmin()) {
            throw OrgProblems.adminOnly();
        }
    }

    /** What a person is made of, for creation, full replacement and import. */
    public record PersonDraft(String communeCode, @Nullable Long siteId, String firstName, String lastName,
                              @Nullable String jobTitle, @Nullable String phone, @Nullable String mobile,
                              @Nullable String email, boolean vip, boolean active) {
    }
}
