package fr.proxima.itsm.call.infrastructure;

import fr.proxima.itsm.call.application.CallerDirectory;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.team.Teams;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * {@link CallerDirectory} on the organisation module: communes and teams through its services.
 *
 * <p>TODO(people facade): the organisation module has no public people API yet (a parallel change adds one), so the
 * commune of a person is read here with one primary-key lookup on {@code org_person}. This is the only place where
 * itsm reads an organisation table; the risk is a silent break if that table changes. Replace the body of
 * {@link #communeOfPerson(long)} with the facade's lookup as soon as it lands.
 */
@Singleton
class OrganisationDirectory implements CallerDirectory {
    private final Communes communes;
    private final Teams teams;
    private final JdbcOperations jdbc;

    OrganisationDirectory(Communes communes, Teams teams, JdbcOperations jdbc) {
        this.communes = communes;
        this.teams = teams;
        this.jdbc = jdbc;
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
        return jdbc.prepareStatement("SELECT commune_code FROM org_person WHERE id = ? AND active", st -> {
            st.setLong(1, personId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }
}
