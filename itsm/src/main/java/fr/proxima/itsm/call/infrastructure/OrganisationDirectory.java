package fr.proxima.itsm.call.infrastructure;

import fr.proxima.itsm.call.application.CallerDirectory;
import fr.proxima.organisation.Organisation;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@link CallerDirectory} on the organisation module's public facade (never on its tables). */
@Singleton
class OrganisationDirectory implements CallerDirectory {
    private final Organisation organisation;

    OrganisationDirectory(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public boolean communeExists(String communeCode) {
        return organisation.communeExists(communeCode);
    }

    @Override
    public boolean teamExists(String teamCode) {
        return organisation.team(teamCode).filter(Organisation.TeamInfo::active).isPresent();
    }

    @Override
    public Optional<String> communeOfPerson(long personId) {
        return organisation.person(personId).filter(Organisation.PersonInfo::active)
                .map(Organisation.PersonInfo::communeCode);
    }
}
