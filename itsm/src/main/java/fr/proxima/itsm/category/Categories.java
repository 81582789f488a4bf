package fr.proxima.itsm.category;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.ProblemException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The category tree. Read on every ticket creation and search, so the whole (small) tree is cached for a few
 * seconds; edits on this instance are visible at once.
 */
@Singleton
public class Categories {
    private static final Logger LOG = LoggerFactory.getLogger(Categories.class);
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
    private static final Duration TTL = Duration.ofSeconds(10);

    /** A category with its children, for the tree view. */
    public record Node(Category category, List<Node> children) {
    }

    private record Cached(Map<String, Category> byCode, Instant loadedAt) {
    }

    private final CategoryRepository repository;
    private volatile Cached cached;

    Categories(CategoryRepository repository) {
        this.repository = repository;
    }

    /** Every category, active or not, in display order. */
    public List<Category> all() {
        return List.copyOf(snapshot().values());
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().get(code));
    }

    /** The category if it exists and is active (what a ticket may be filed under). */
    public Optional<Category> findActive(String code) {
        return find(code).filter(Category::active);
    }

    /** The code and the codes of all its descendants (a search by a parent category finds its children's tickets). */
    public Set<String> withDescendants(String code) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code);
        boolean grew = true;
        Map<String, Category> all = snapshot();
        while (grew) {
            grew = false;
            for (Category c : all.values()) {
                if (c.parentCode() != null && codes.contains(c.parentCode()) && codes.add(c.code())) {
                    grew = true;
                }
            }
        }
        return codes;
    }

    /** The tree, optionally with the inactive categories (and their subtrees). */
    public List<Node> tree(boolean includeInactive) {
        List<Category> list = all().stream().filter(c -> includeInactive || c.active()).toList();
        return childrenOf(null, list);
    }

    private static List<Node> childrenOf(String parent, List<Category> list) {
        List<Node> nodes = new ArrayList<>();
        for (Category c : list) {
            if (Objects.equals(c.parentCode(), parent)) {
                nodes.add(new Node(c, childrenOf(c.code(), list)));
            }
        }
        return nodes;
    }

    @Transactional
    public Category add(String code, String parentCode, String name, Integer position, AccessScope scope) {
        requireAdmin(scope);
        List<ProblemException.FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new ProblemException.FieldError("code", "invalid",
                    "Code en majuscules, chiffres et _ (2 à 32 caractères)"));
        } else if (repository.existsById(code)) {
            errors.add(new ProblemException.FieldError("code", "exists", "Ce code existe déjà"));
        }
        if (parentCode != null && !repository.existsById(parentCode)) {
            errors.add(new ProblemException.FieldError("parent", "unknown", "Catégorie parente inconnue"));
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            errors.add(new ProblemException.FieldError("name", "invalid", "Nom obligatoire, 120 caractères au plus"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("ITSM-2001", errors);
        }
        Category saved = repository.save(new Category(code, parentCode, name.strip(),
                true, position == null ? 1000 : position, scope.username(), null, null, null));
        cached = null;
        LOG.info("category {} added by {}", code, scope.username());
        return saved;
    }

    /** Renames and/or (de)activates a category; {@code version} is the one the admin saw. */
    @Transactional
    public Category change(String code, String name, Boolean active, long version, AccessScope scope) {
        requireAdmin(scope);
        Category c = repository.findById(code)
                .orElseThrow(() -> ProblemException.notFound("ITSM-2020", "Catégorie"));
        if (!Objects.equals(c.version(), version)) {
            throw staleVersion();
        }
        if (name != null) {
            if (name.isBlank() || name.length() > 120) {
                throw ProblemException.invalidField("ITSM-2001", "name", "invalid",
                        "Nom obligatoire, 120 caractères au plus");
            }
            c = c.renamed(name.strip());
        }
        if (active != null) {
            c = c.withActive(active);
        }
        try {
            Category updated = repository.update(c.changedBy(scope.username()));
            cached = null;
            LOG.info("category {} changed by {} (name={}, active={})", code, scope.username(), name, active);
            return updated;
        } catch (OptimisticLockException e) {
            throw staleVersion();
        }
    }

    private static ProblemException staleVersion() {
        return ProblemException.conflict("ITSM-2002", "Version périmée",
                "La catégorie a été modifiée entre-temps ; rechargez-la");
    }

    private static void requireAdmin(AccessScope scope) {
        if (!scope.isAdmin()) {
            throw ProblemException.forbidden("ITSM-2011", "Seul un administrateur modifie les catégories");
        }
    }

    private Map<String, Category> snapshot() {
        Cached c = cached;
        Instant now = Instant.now();
        if (c == null || c.loadedAt().plus(TTL).isBefore(now)) {
            Map<String, Category> map = new LinkedHashMap<>();
            repository.findAllOrderByPositionAndCode().forEach(cat -> map.put(cat.code(), cat));
            c = new Cached(java.util.Collections.unmodifiableMap(map), now);
            cached = c;
        }
        return c.byCode();
    }
}
