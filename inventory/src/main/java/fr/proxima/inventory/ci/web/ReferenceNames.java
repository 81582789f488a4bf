package fr.proxima.inventory.ci.web;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Organisation.PersonInfo;
import fr.proxima.organisation.Organisation.SiteInfo;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The display names of the organisation records a page of CIs points to. People and sites change rarely and a
 * lookup or a list page would otherwise pay two more database round trips for them (see docs/benchmarks.md §9), so
 * the records are kept for {@link #TTL_NANOS one minute} and fetched in bulk when missing; each record is then
 * filtered by the reader's scope ({@link AccessScope#canRead(String)}), so a name is shown exactly when the reader
 * may read its commune. A renamed site or person shows its new name within a minute.
 */
@Singleton
class ReferenceNames {
    static final long TTL_NANOS = 60_000_000_000L;
    private static final int MAX_ENTRIES = 100_000;

    private final Organisation organisation;
    private final Map<Long, Cached<PersonInfo>> people = new ConcurrentHashMap<>();
    private final Map<Long, Cached<SiteInfo>> sites = new ConcurrentHashMap<>();

    ReferenceNames(Organisation organisation) {
        this.organisation = organisation;
    }

    private record Cached<T>(T value, long at) {
    }

    /** Names of the people and sites of a page. */
    record Names(Map<Long, String> people, Map<Long, String> sites, Organisation organisation) {
        String commune(String code) {
            return organisation.communeName(code);
        }
    }

    Names of(AccessScope scope, Collection<Long> personIds, Collection<Long> siteIds) {
        Map<Long, String> personNames = new HashMap<>();
        for (PersonInfo p : lookup(people, personIds, ids -> organisation.people(AccessScope.system(), ids),
                PersonInfo::id)) {
            if (scope.canRead(p.communeCode())) {
                personNames.put(p.id(), p.displayName());
            }
        }
        Map<Long, String> siteNames = new HashMap<>();
        for (SiteInfo s : lookup(sites, siteIds, ids -> organisation.sites(AccessScope.system(), ids), SiteInfo::id)) {
            if (scope.canRead(s.communeCode())) {
                siteNames.put(s.id(), s.name());
            }
        }
        return new Names(personNames, siteNames, organisation);
    }

    private static <T> List<T> lookup(Map<Long, Cached<T>> cache, Collection<Long> ids,
                                      Function<List<Long>, List<T>> fetch, Function<T, Long> idOf) {
        long now = System.nanoTime();
        List<T> found = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids.stream().filter(Objects::nonNull).distinct().toList()) {
            Cached<T> c = cache.get(id);
            if (c != null && now - c.at() < TTL_NANOS) {
                found.add(c.value());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            for (T t : fetch.apply(missing)) {
                cache.put(idOf.apply(t), new Cached<>(t, now));
                found.add(t);
            }
        }
        return found;
    }
}
