package fr.proxima.inventory.ci.web;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Organisation.PersonInfo;
import fr.proxima.organisation.Organisation.SiteInfo;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The display names of the organisation records a page of CIs points to, fetched in two queries per page (people
 * and sites, within the reader's scope) rather than one per CI.
 */
@Singleton
class ReferenceNames {
    private final Organisation organisation;

    ReferenceNames(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Names of the people and sites of a page. */
    record Names(Map<Long, String> people, Map<Long, String> sites, Organisation organisation) {
        String commune(String code) {
            return organisation.communeName(code);
        }
    }

    Names of(AccessScope scope, Collection<Long> personIds, Collection<Long> siteIds) {
        Map<Long, String> people = new HashMap<>();
        for (PersonInfo p : organisation.people(scope, personIds.stream().filter(java.util.Objects::nonNull)
                .distinct().toList())) {
            people.put(p.id(), p.displayName());
        }
        Map<Long, String> sites = new HashMap<>();
        for (SiteInfo s : organisation.sites(scope, siteIds.stream().filter(java.util.Objects::nonNull)
                .distinct().toList())) {
            sites.put(s.id(), s.name());
        }
        return new Names(people, sites, organisation);
    }
}
