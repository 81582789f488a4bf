package fr.proxima.itsm.support;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.person.People;
import fr.proxima.organisation.site.SiteKind;
import fr.proxima.organisation.site.Sites;
import jakarta.inject.Singleton;

/** Creates real people and sites through organisation's services, for itsm's integration tests. */
@Singleton
public class OrgFixtures {
    private static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);

    private final People people;
    private final Sites sites;

    OrgFixtures(People people, Sites sites) {
        this.people = people;
        this.sites = sites;
    }

    public long person(String commune, String lastName, boolean vip) {
        return people.create(ADMIN, new People.PersonDraft(commune, null, "Camille", lastName, null, "0556000000",
                null, null, vip, true)).id();
    }

    public long site(String commune, String name) {
        return sites.create(ADMIN, new Sites.SiteDraft(commune, name, SiteKind.TOWN_HALL, null, null, null, null,
                null, true)).id();
    }
}
