package fr.proxima.organisation.user;

import fr.proxima.organisation.AccessScope;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.ProblemException;
import fr.proxima.organisation.Role;
import fr.proxima.organisation.audit.AuditEntry;
import fr.proxima.organisation.audit.AuditLog;
import fr.proxima.organisation.internal.OrgProblems;
import fr.proxima.testing.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class UserAccountsTest extends DatabaseTest {
    static final AccessScope ADMIN = new AccessScope("admin.test", 999L, Role.ADMIN, null, null);

    @Inject
    UserAccounts accounts;
    @Inject
    AuditLog audit;
    @Inject
    Organisation organisation;

    private static ProblemException.FieldError[] errorsOf(Throwable t) {
        return ((ProblemException) t).fieldErrors().toArray(ProblemException.FieldError[]::new);
    }

    @Test
    void a_technician_needs_a_team_a_manager_a_proximity_centre_and_a_viewer_a_commune() {
        assertThatThrownBy(() -> accounts.create(ADMIN, new UserAccounts.NewUser("tech.x", "secret-123", "Tech X",
                null, Role.TECHNICIAN, null, null)))
                .satisfies(t -> assertThat(errorsOf(t)).extracting(ProblemException.FieldError::field).containsExactly("team"));
        assertThatThrownBy(() -> accounts.create(ADMIN, new UserAccounts.NewUser("resp.x", "secret-123", "Resp X",
                null, Role.CENTRE_MANAGER, "APPLICATIONS", null)))
                .satisfies(t -> assertThat(errorsOf(t)).extracting(ProblemException.FieldError::code)
                        .containsExactly("not_a_centre"));
        assertThatThrownBy(() -> accounts.create(ADMIN, new UserAccounts.NewUser("viewer.x", "secret-123", "Viewer X",
                null, Role.COMMUNE_VIEWER, "SUD", "99999")))
                .satisfies(t -> assertThat(errorsOf(t)).extracting(ProblemException.FieldError::field)
                        .containsExactlyInAnyOrder("team", "commune"));
        assertThatThrownBy(() -> accounts.create(ADMIN, new UserAccounts.NewUser("X", "short", "", "nope",
                Role.CAN_AGENT, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(OrgProblems.INVALID);
                    assertThat(e.fieldErrors()).extracting(ProblemException.FieldError::field)
                            .containsExactlyInAnyOrder("username", "password", "displayName", "email");
                });
    }

    @Test
    void an_admin_creates_updates_and_resets_a_password_with_audit_and_optimistic_locking() {
        UserAccount u = accounts.create(ADMIN, new UserAccounts.NewUser("tech.ouest", "secret-123", "Léa Martin",
                "lea.martin@proxima.test", Role.TECHNICIAN, "OUEST_SUD", null));
        assertThat(accounts.authenticate("tech.ouest", "secret-123")).isPresent();
        assertThat(accounts.activeMembers("OUEST_SUD")).extracting(UserAccount::username).containsExactly("tech.ouest");
        assertThat(organisation.user(u.id())).get().extracting(Organisation.UserInfo::teamCode).isEqualTo("OUEST_SUD");

        assertThatThrownBy(() -> accounts.create(ADMIN, new UserAccounts.NewUser("tech.ouest", "secret-123", "Autre",
                null, Role.CAN_AGENT, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(OrgProblems.USERNAME_TAKEN));

        UserAccount moved = accounts.update(ADMIN, u.id(), u.version(), new UserAccounts.UserChanges("Léa Martin",
                null, Role.CENTRE_MANAGER, "SUD", null, true));
        assertThat(moved.role()).isEqualTo(Role.CENTRE_MANAGER);
        assertThat(moved.passwordHash()).isEqualTo(u.passwordHash());
        assertThatThrownBy(() -> accounts.update(ADMIN, u.id(), u.version(), new UserAccounts.UserChanges("Léa",
                null, Role.CAN_AGENT, null, null, true)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(OrgProblems.STALE_VERSION));

        UserAccount deactivated = accounts.update(ADMIN, u.id(), moved.version(), new UserAccounts.UserChanges(
                "Léa Martin", null, Role.CENTRE_MANAGER, "SUD", null, false));
        assertThat(accounts.authenticate("tech.ouest", "secret-123")).isEmpty();
        assertThat(accounts.activeMembers("SUD")).extracting(UserAccount::id).doesNotContain(u.id());

        accounts.update(ADMIN, u.id(), deactivated.version(), new UserAccounts.UserChanges("Léa Martin", null,
                Role.CENTRE_MANAGER, "SUD", null, true));
        accounts.changePassword(ADMIN, u.id(), "another-secret");
        assertThat(accounts.authenticate("tech.ouest", "secret-123")).isEmpty();
        assertThat(accounts.authenticate("tech.ouest", "another-secret")).isPresent();

        assertThat(audit.page(ADMIN, "USER", String.valueOf(u.id()), 0, 10).items()).extracting(AuditEntry::action)
                .containsExactly("CHANGE_PASSWORD", "UPDATE", "UPDATE", "UPDATE", "CREATE");
        assertThat(audit.page(ADMIN, "USER", String.valueOf(u.id()), 0, 10).items())
                .allSatisfy(a -> assertThat(String.valueOf(a.details())).doesNotContain("secret").doesNotContain("argon2"));
    }

    @Test
    void an_admin_cannot_demote_or_deactivate_their_own_account() {
        UserAccount me = accounts.create(ADMIN, new UserAccounts.NewUser("admin.two", "secret-123", "Admin Deux",
                null, Role.ADMIN, null, null));
        AccessScope self = new AccessScope("admin.two", me.id(), Role.ADMIN, null, null);
        assertThatThrownBy(() -> accounts.update(self, me.id(), me.version(), new UserAccounts.UserChanges("Admin Deux",
                null, Role.ADMIN, null, null, false)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(OrgProblems.OWN_ACCOUNT));
    }

    @Test
    void only_an_admin_administers_accounts() {
        AccessScope agent = new AccessScope("agent", 5L, Role.CAN_AGENT, null, null);
        assertThatThrownBy(() -> accounts.create(agent, new UserAccounts.NewUser("someone", "secret-123", "S", null,
                Role.ADMIN, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> audit.page(agent, null, null, 0, 10))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
