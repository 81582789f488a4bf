package fr.proxima.organisation.facade;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.commune.Commune;
import fr.proxima.organisation.commune.CommuneKind;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.person.People;
import fr.proxima.organisation.person.Person;
import fr.proxima.organisation.site.Site;
import fr.proxima.organisation.site.Sites;
import fr.proxima.organisation.team.Team;
import fr.proxima.organisation.team.TeamKind;
import fr.proxima.organisation.team.Teams;
import fr.proxima.organisation.user.UserAccount;
import fr.proxima.organisation.user.UserAccounts;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The organisation's facade: maps the features' entities to the API's records. */
@Singleton
class OrganisationFacade implements Organisation {
    private final Communes communes;
    private final Teams teams;
    private final Sites sites;
    private final People people;
    private final UserAccounts users;

    OrganisationFacade(Communes communes, Teams teams, Sites sites, People people, UserAccounts users) {
        this.communes = communes;
        this.teams = teams;
        this.sites = sites;
        this.people = people;
        this.users = users;
    }

    @Override
    public Optional<PersonInfo> person(long id) {
        return person(AccessScope.system(), id);
    }

    @Override
    public Optional<PersonInfo> person(AccessScope scope, long id) {
        return people.find(scope, id).map(OrganisationFacade::info);
    }

    @Override
    public Optional<SiteInfo> site(long id) {
        return site(AccessScope.system(), id);
    }

    @Override
    public Optional<SiteInfo> site(AccessScope scope, long id) {
        return sites.find(scope, id).map(OrganisationFacade::info);
    }

    @Override
    public List<PersonInfo> people(AccessScope scope, Collection<Long> ids) {
        return people.findAll(scope, ids).stream().map(OrganisationFacade::info).toList();
    }

    @Override
    public List<PersonInfo> activePeople(AccessScope scope, String communeCode) {
        return people.activeInCommune(scope, communeCode).stream().map(OrganisationFacade::info).toList();
    }

    @Override
    public List<SiteInfo> activeSites(AccessScope scope, String communeCode) {
        return sites.activeInCommune(scope, communeCode).stream().map(OrganisationFacade::info).toList();
    }

    @Override
    public List<SiteInfo> sites(AccessScope scope, Collection<Long> ids) {
        return sites.findAll(scope, ids).stream().map(OrganisationFacade::info).toList();
    }

    @Override
    public Optional<String> centreOf(String communeCode, Instant at) {
        return communes.centreOf(communeCode, at);
    }

    @Override
    public Optional<TeamInfo> team(String code) {
        return teams.find(code).map(OrganisationFacade::info);
    }

    @Override
    public List<TeamInfo> centres() {
        return teams.centres().stream().map(OrganisationFacade::info).toList();
    }

    @Override
    public Optional<UserInfo> user(long id) {
        return users.find(id).map(OrganisationFacade::info);
    }

    @Override
    public boolean communeExists(String code) {
        return communes.exists(code);
    }

    @Override
    public Optional<CommuneInfo> commune(String code) {
        return communes.find(code).map(OrganisationFacade::info);
    }

    @Override
    public String communeName(String code) {
        return communes.find(code).map(Commune::name).orElse(code);
    }

    private static PersonInfo info(Person p) {
        return new PersonInfo(p.id(), p.communeCode(), p.siteId(), p.firstName(), p.lastName(), p.displayName(),
                p.phone() != null ? p.phone() : p.mobile(), p.email(), p.vip(), p.active());
    }

    private static SiteInfo info(Site s) {
        return new SiteInfo(s.id(), s.communeCode(), s.name(), s.kind().name(), s.active());
    }

    private static TeamInfo info(Team t) {
        return new TeamInfo(t.code(), t.name(), t.kind() == TeamKind.PROXIMITY_CENTRE, t.active());
    }

    private static UserInfo info(UserAccount u) {
        return new UserInfo(u.id(), u.username(), u.displayName(), u.role(), u.teamCode(), u.communeCode(), u.active());
    }

    private static CommuneInfo info(Commune c) {
        return new CommuneInfo(c.code(), c.name(), c.kind() == CommuneKind.METROPOLE, c.mutualised(), c.population());
    }
}
