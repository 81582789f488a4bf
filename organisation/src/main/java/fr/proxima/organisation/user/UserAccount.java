package fr.proxima.organisation.user;

import fr.proxima.organisation.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A login of Proxima: its role and what it is bound to (a team for technicians and managers, a commune for viewers). */
@MappedEntity("org_user")
public record UserAccount(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        String displayName,
        @Nullable String email,
        Role role,
        @Nullable String teamCode,
        @Nullable String communeCode,
        boolean active,
        @Version Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
