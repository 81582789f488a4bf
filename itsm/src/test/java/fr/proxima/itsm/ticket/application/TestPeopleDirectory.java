package fr.proxima.itsm.ticket.application;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people and sites of the tests, until organisation's people facade is merged (the production port is then
 * adapted onto it). Not a repository mock: a stand-in for another module's API, filled by each test.
 */
@Singleton
public class TestPeopleDirectory implements PeopleDirectory {
    private final Map<Long, Person> people = new ConcurrentHashMap<>();
    private final Map<Long, Site> sites = new ConcurrentHashMap<>();

    public void person(long id, String commune, boolean vip) {
        people.put(id, new Person(id, commune, vip, true));
    }

    public void site(long id, String commune) {
        sites.put(id, new Site(id, commune, true));
    }

    @Override
    public Optional<Person> person(long id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public Optional<Site> site(long id) {
        return Optional.ofNullable(sites.get(id));
    }
}
