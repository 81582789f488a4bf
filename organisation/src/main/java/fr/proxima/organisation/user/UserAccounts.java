package fr.proxima.organisation.user;

import fr.proxima.organisation.Role;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** The user accounts: authentication and administration. */
@Singleton
public class UserAccounts {
    private final UserAccountRepository repository;

    UserAccounts(UserAccountRepository repository) {
        this.repository = repository;
    }

    /** The active account with this username and password, or empty (same time whether the user exists or not). */
    public Optional<UserAccount> authenticate(String username, String password) {
        Optional<UserAccount> user = username == null ? Optional.empty() : repository.findByUsername(username);
        if (user.isEmpty()) {
            Passwords.burn(password);
            return Optional.empty();
        }
        UserAccount u = user.get();
        return u.active() && Passwords.matches(password, u.passwordHash()) ? user : Optional.empty();
    }

    public Optional<UserAccount> find(long id) {
        return repository.findById(id);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return repository.findByUsername(username);
    }

    public List<UserAccount> ofTeam(String teamCode) {
        return repository.findByTeamCodeOrderByDisplayName(teamCode);
    }

    public List<UserAccount> all() {
        return repository.findAllOrderByUsername();
    }

    public boolean exists(String username) {
        return repository.findByUsername(username).isPresent();
    }

    /** Creates an account with a freshly hashed password. */
    public UserAccount create(String username, String password, String displayName, String email, Role role,
                              String teamCode, String communeCode) {
        return repository.save(new UserAccount(null, username, Passwords.hash(password), displayName, email, role,
                teamCode, communeCode, true, null, null, null));
    }
}
