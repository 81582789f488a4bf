package fr.proxima.itsm.ticket.application;

import java.util.Optional;

/**
 * What tickets need to know of organisation's people and sites (a requester's commune and VIP flag, a site's
 * commune). A port: organisation owns {@code org_person} and {@code org_site}, and itsm never reads their tables;
 * the adapter goes through organisation's public facade.
 */
public interface PeopleDirectory {

    /** A person of a commune who may request a ticket. */
    record Person(long id, String communeCode, boolean vip, boolean active) {
    }

    /** A site (town hall, school...) of a commune. */
    record Site(long id, String communeCode, boolean active) {
    }

    Optional<Person> person(long id);

    Optional<Site> site(long id);
}
