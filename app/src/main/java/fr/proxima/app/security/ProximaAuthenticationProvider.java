package fr.proxima.app.security;

import fr.proxima.organisation.CommuneCode;
import fr.proxima.organisation.ScopeClaims;
import fr.proxima.organisation.TeamCode;
import fr.proxima.organisation.user.UserAccount;
import fr.proxima.organisation.user.UserAccounts;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Checks a username and password against the accounts of the organisation module (Argon2id hashes, on the
 * blocking executor) and puts the role and the scope claims (user id, team, commune) into the token.
 */
@Singleton
class ProximaAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private final UserAccounts accounts;

    ProximaAuthenticationProvider(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> auth) {
        String username = auth.getIdentity();
        String password = auth.getSecret();
        if (username == null || password == null || username.length() > 64 || password.length() > 256) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return accounts.authenticate(username, password)
                .map(ProximaAuthenticationProvider::success)
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    private static AuthenticationResponse success(UserAccount u) {
        return AuthenticationResponse.success(u.username(), List.of(u.role().name()),
                ScopeClaims.attributes(u.id(), u.displayName(),
                        u.teamCode() == null ? null : TeamCode.of(u.teamCode()),
                        u.communeCode() == null ? null : CommuneCode.of(u.communeCode())));
    }
}
