package fr.proxima.organisation.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/**
 * An agent of a commune (a caller, a ticket's requester). The search columns are derived from the name and the
 * phone numbers by {@link PersonKeys}, and only there.
 */
@MappedEntity("org_person")
public record Person(
        @Id @GeneratedValue @Nullable Long id,
        String communeCode,
        @Nullable Long siteId,
        String firstName,
        String lastName,
        @Nullable String jobTitle,
        @Nullable String phone,
        @Nullable String mobile,
        @Nullable String email,
        boolean vip,
        boolean active,
        String searchKey,
        String searchKeyFirst,
        @Nullable String phoneDigits,
        @Nullable String mobileDigits,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    /** "Prénom Nom", as people are called. */
    public String displayName() {
        return firstName + " " + lastName;
    }
}
