package fr.proxima.inventory.support;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.person.People;
import fr.proxima.organisation.site.SiteKind;
import fr.proxima.organisation.site.Sites;
import jakarta.inject.Singleton;

/** Creates real people and sites through organisation's services, for the inventory's integration tests. */
@Singleton
public class OrgFixtures {
    public static final String TALENCE = "33522";
    public static final String PESSAC = "33318";
    public static final AccessScope ADMIN = new AccessScope("admin", 1L, Role.ADMIN, null, null);
    public static final AccessScope TECH = new AccessScope("tech.sud", 2L, Role.TECHNICIAN,
            fr.proxima.organisation.TeamCode.of("SUD"), null);
    public static final AccessScope CAN = new AccessScope("agent.can", 3L, Role.CAN_AGENT, null, null);
    public static final AccessScope VIEWER_TALENCE = new AccessScope("viewer.talence", 4L, Role.COMMUNE_VIEWER, null,
            fr.proxima.organisation.CommuneCode.of(TALENCE));
    public static final AccessScope VIEWER_PESSAC = new AccessScope("viewer.pessac", 5L, Role.COMMUNE_VIEWER, null,
            fr.proxima.organisation.CommuneCode.of(PESSAC));

    private final People people;
    private final Sites sites;

    OrgFixtures(People people, Sites sites) {
        this.people = people;
        this.sites = sites;
    }

    public long person(String commune, String lastName) {
        return people.create(ADMIN, new People.PersonDraft(commune, null, "Camille", lastName, null, "0556000000",
                null, null, false, true)).id();
    }

    public long person(String commune, String lastName, String email) {
        return people.create(ADMIN, new People.PersonDraft(commune, null, "Camille", lastName, null, "0556000000",
                null, email, false, true)).id();
    }

    public long site(String commune, String name) {
        return sites.create(ADMIN, new Sites.SiteDraft(commune, name, SiteKind.TOWN_HALL, null, null, null, null,
                null, true)).id();
    }
}
