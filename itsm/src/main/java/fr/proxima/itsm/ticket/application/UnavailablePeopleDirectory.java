package fr.proxima.itsm.ticket.application;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Stand-in until organisation exposes its people and sites facade: knows nobody, so a ticket naming a requester
 * or a site is refused as "unknown" (400) rather than accepted unchecked. An adapter over organisation's facade
 * replaces it (it is {@code @Secondary}).
 */
@Singleton
@Secondary
class UnavailablePeopleDirectory implements PeopleDirectory {
    @Override
    public Optional<Person> person(long id) {
        return Optional.empty();
    }

    @Override
    public Optional<Site> site(long id) {
        return Optional.empty();
    }
}
