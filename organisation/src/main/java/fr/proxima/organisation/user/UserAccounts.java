package fr.proxima.organisation.user;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.audit.AuditLog;
import fr.proxima.organisation.commune.Communes;
import fr.proxima.organisation.internal.Changes;
import fr.proxima.organisation.internal.FieldErrors;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.organisation.internal.Text;
import fr.proxima.organisation.team.Team;
import fr.proxima.organisation.team.TeamKind;
import fr.proxima.organisation.team.Teams;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user accounts: authentication and administration. What an account is bound to follows its role: a team
 * for a technician (a centre or a support group) or a centre manager (a proximity centre), a commune for a
 * commune viewer, nothing for the others. A change reaches the user's token at their next login.
 */
@Singleton
public class UserAccounts {
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 256;

    private final UserAccountRepository repository;
    private final Teams teams;
    private final Communes communes;
    private final AuditLog audit;

    UserAccounts(UserAccountRepository repository, Teams teams, Communes communes, AuditLog audit) {
        this.repository = repository;
        this.teams = teams;
        this.communes = communes;
        this.audit = audit;
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

    /** Every account of the team, active or not, by display name. */
    public List<UserAccount> ofTeam(String teamCode) {
        return repository.findByTeamCodeOrderByDisplayName(teamCode);
    }

    /** The active accounts of the team, by display name (the people a ticket can be assigned to). */
    public List<UserAccount> activeMembers(String teamCode) {
        return repository.findByTeamCodeAndActiveOrderByDisplayName(teamCode, true);
    }

    public List<UserAccount> all() {
        return repository.findAllOrderByUsername();
    }

    public boolean exists(String username) {
        return repository.existsByUsername(username);
    }

    /** Creates an account with a freshly hashed password (seeding: no checks, no audit). */
    public UserAccount create(String username, String password, String displayName, String email, Role role,
                              String teamCode, String communeCode) {
        return repository.save(new UserAccount(null, username, Passwords.hash(password), displayName, email, role,
                teamCode, communeCode, true, null, null, null));
    }

    // ---- administration (admins only, validated and audited) ---------------------------------------------------

    @Transactional
    public UserAccount create(AccessScope by, NewUser u) {
        requireAdmin(by);
        FieldErrors errors = new FieldErrors()
                .check(u.username() != null && USERNAME.matcher(u.username()).matches(), "username", "format",
                        "Identifiant de 3 à 64 caractères : minuscules, chiffres, point, tiret")
                .check(u.password() != null && u.password().length() >= MIN_PASSWORD
                                && u.password().length() <= MAX_PASSWORD, "password", "length",
                        "Mot de passe de " + MIN_PASSWORD + " caractères au moins");
        checkProfile(errors, u.displayName(), u.email(), u.role(), u.team(), u.commune());
        errors.throwIfAny();
        if (repository.existsByUsername(u.username())) {
            throw OrgProblems.conflict(OrgProblems.USERNAME_TAKEN, "Identifiant déjà pris",
                    "Un compte porte déjà cet identifiant");
        }
        UserAccount saved = repository.save(new UserAccount(null, u.username(), Passwords.hash(u.password()),
                u.displayName().strip(), Text.trimToNull(u.email()), u.role(), bound(u.team()), bound(u.commune()),
                true, null, null, null));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", saved.username());
        details.put("role", saved.role().name());
        details.put("team", saved.teamCode());
        details.put("commune", saved.communeCode());
        audit.record(by, "CREATE", "USER", saved.id(), details);
        return saved;
    }

    @Transactional
    public UserAccount update(AccessScope by, long id, long version, UserChanges c) {
        requireAdmin(by);
        UserAccount current = repository.findById(id).orElseThrow(OrgProblems::userNotFound);
        FieldErrors errors = new FieldErrors();
        checkProfile(errors, c.displayName(), c.email(), c.role(), c.team(), c.commune());
        errors.throwIfAny();
        if (current.version() != version) {
            throw OrgProblems.stale("Le compte");
        }
        if (by.userId() != null && by.userId() == id && (c.role() != Role.ADMIN || !c.active())) {
            throw OrgProblems.conflict(OrgProblems.OWN_ACCOUNT, "Action impossible sur votre propre compte",
                    "Un administrateur ne peut ni se retirer le rôle d'administrateur ni désactiver son compte");
        }
        UserAccount changed = new UserAccount(id, current.username(), current.passwordHash(), c.displayName().strip(),
                Text.trimToNull(c.email()), c.role(), bound(c.team()), bound(c.commune()), c.active(), version,
                current.createdAt(), current.updatedAt());
        UserAccount saved;
        try {
            saved = repository.update(changed);
        } catch (OptimisticLockException e) {
            throw OrgProblems.stale("Le compte");
        }
        audit.record(by, "UPDATE", "USER", id, new Changes()
                .field("displayName", current.displayName(), saved.displayName())
                .field("email", current.email(), saved.email())
                .field("role", current.role(), saved.role())
                .field("team", current.teamCode(), saved.teamCode())
                .field("commune", current.communeCode(), saved.communeCode())
                .field("active", current.active(), saved.active())
                .asMap());
        return saved;
    }

    /** Sets a new password (the audit says that it changed, never what it is). */
    @Transactional
    public UserAccount changePassword(AccessScope by, long id, String password) {
        requireAdmin(by);
        UserAccount current = repository.findById(id).orElseThrow(OrgProblems::userNotFound);
        new FieldErrors()
                .check(password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD,
                        "password", "length", "Mot de passe de " + MIN_PASSWORD + " caractères au moins")
                .throwIfAny();
        UserAccount saved = repository.update(new UserAccount(id, current.username(), Passwords.hash(password),
                current.displayName(), current.email(), current.role(), current.teamCode(), current.communeCode(),
                current.active(), current.version(), current.createdAt(), current.updatedAt()));
        audit.record(by, "CHANGE_PASSWORD", "USER", id, null);
        return saved;
    }

    private void checkProfile(FieldErrors errors, String displayName, String email, Role role, String team,
                              String commune) {
        errors.check(Text.trimToNull(displayName) != null && displayName.strip().length() <= 160, "displayName",
                        "required", "Nom affiché obligatoire (160 caractères au plus)")
                .check(email == null || email.isBlank() || (email.length() <= 254 && EMAIL.matcher(email.strip()).matches()),
                        "email", "format", "Adresse e-mail invalide")
                .check(role != null, "role", "required", "Rôle obligatoire");
        if (role == null) {
            return;
        }
        String t = bound(team);
        String c = bound(commune);
        if (role.boundToTeam()) {
            Optional<Team> found = t == null ? Optional.empty() : teams.find(t).filter(Team::active);
            errors.check(t != null, "team", "required", "Équipe obligatoire pour ce rôle");
            if (t != null) {
                errors.check(found.isPresent(), "team", "unknown", "Équipe inconnue");
                errors.check(found.isEmpty() || role != Role.CENTRE_MANAGER
                                || found.get().kind() == TeamKind.PROXIMITY_CENTRE, "team", "not_a_centre",
                        "Un responsable de centre dirige un centre de proximité");
            }
        } else {
            errors.check(t == null, "team", "not_allowed", "Ce rôle n'est rattaché à aucune équipe");
        }
        if (role == Role.COMMUNE_VIEWER) {
            errors.check(c != null, "commune", "required", "Commune obligatoire pour ce rôle");
            errors.check(c == null || communes.exists(c), "commune", "unknown", "Commune inconnue");
        } else {
            errors.check(c == null, "commune", "not_allowed", "Ce rôle n'est rattaché à aucune commune");
        }
    }

    private static String bound(String s) {
        return Text.trimToNull(s);
    }

    private static void requireAdmin(AccessScope by) {
        if (!by.isAdmin()) {
            throw OrgProblems.adminOnly();
        }
    }

    /** A new account. */
    public record NewUser(String username, String password, String displayName, @Nullable String email, Role role,
                          @Nullable String team, @Nullable String commune) {
    }

    /** The editable profile of an account. */
    public record UserChanges(String displayName, @Nullable String email, Role role, @Nullable String team,
                              @Nullable String commune, boolean active) {
    }
}
