package fr.proxima.itsm.call.infrastructure;

import fr.proxima.itsm.call.application.CallerDirectory;
import fr.proxima.itsm.ticket.application.PeopleDirectory;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.team.Teams;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * {@link CallerDirectory} on the organisation module. People go through itsm's single port onto organisation's
 * people ({@link PeopleDirectory}, shared with the tickets, whose requester is the call's caller), so that both
 * features switch together to organisation's people facade when its adapter lands, and itsm never reads an
 * organisation table. Communes and teams go through organisation's services.
 *
 * <p>TODO(organisation facade): use {@code fr.proxima.organisation.Organisation#communeExists} and {@code #team}
 * instead of the {@code commune}/{@code team} services once that root-package facade is merged; the risk of staying
 * is only a dependency on non-API packages of organisation.
 */
@Singleton
class OrganisationDirectory implements CallerDirectory {
    private final Communes communes;
    private final Teams teams;
    private final PeopleDirectory people;

    OrganisationDirectory(Communes communes, Teams teams, PeopleDirectory people) {
        this.communes = communes;
        this.teams = teams;
        this.people = people;
    }

    @Override
    public boolean communeExists(String communeCode) {
        return communes.find(communeCode).isPresent();
    }

    @Override
    public boolean teamExists(String teamCode) {
        return teams.find(teamCode).filter(t -> t.active()).isPresent();
    }

    @Override
    public Optional<String> communeOfPerson(long personId) {
        return people.person(personId).filter(PeopleDirectory.Person::active).map(PeopleDirectory.Person::communeCode);
    }
}
