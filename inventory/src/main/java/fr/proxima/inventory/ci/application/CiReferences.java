package fr.proxima.inventory.ci.application;

import fr.proxima.inventory.ci.model.CiDetails;
import fr.proxima.inventory.ci.model.Violation;
import fr.proxima.organisation.Organisation;
import fr.proxima.organisation.Organisation.PersonInfo;
import fr.proxima.organisation.Organisation.SiteInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The organisation records a CI points to: its owning entity must exist, its site and person must exist, be active
 * and belong to that entity. Checked only for what a write sets or changes, so that a CI whose agent has left can
 * still be edited. The lookups are functions so that an import checks 100,000 lines against maps loaded once.
 */
public final class CiReferences {
    private final Predicate<String> communeExists;
    private final LongFunction<Optional<SiteInfo>> site;
    private final LongFunction<Optional<PersonInfo>> person;

    public CiReferences(Predicate<String> communeExists, LongFunction<Optional<SiteInfo>> site,
                        LongFunction<Optional<PersonInfo>> person) {
        this.communeExists = communeExists;
        this.site = site;
        this.person = person;
    }

    /** Live lookups through the organisation's API. */
    public static CiReferences of(Organisation organisation) {
        return new CiReferences(organisation::communeExists, organisation::site, organisation::person);
    }

    /** The violations of {@code next}'s references ({@code previous}: the stored details, null for a new CI). */
    public List<Violation> check(CiDetails next, CiDetails previous) {
        List<Violation> errors = new ArrayList<>();
        boolean communeChanged = previous == null || !previous.communeCode().equals(next.communeCode());
        if (communeChanged && !communeExists.test(next.communeCode())) {
            errors.add(new Violation("commune", "unknown", "Entité inconnue"));
            return errors;
        }
        if (next.siteId() != null && (communeChanged || !Objects.equals(previous.siteId(), next.siteId()))) {
            Optional<SiteInfo> s = site.apply(next.siteId());
            if (s.isEmpty() || !s.get().active()) {
                errors.add(new Violation("site", "unknown", "Site inconnu ou fermé"));
            } else if (!s.get().communeCode().equals(next.communeCode())) {
                errors.add(new Violation("site", "not_in_commune", "Ce site n'appartient pas à l'entité du matériel"));
            }
        }
        if (next.personId() != null && (communeChanged || !Objects.equals(previous.personId(), next.personId()))) {
            Optional<PersonInfo> p = person.apply(next.personId());
            if (p.isEmpty() || !p.get().active()) {
                errors.add(new Violation("person", "unknown", "Agent inconnu ou parti"));
            } else if (!p.get().communeCode().equals(next.communeCode())) {
                errors.add(new Violation("person", "not_in_commune",
                        "Cet agent n'appartient pas à l'entité du matériel"));
            }
        }
        return errors;
    }
}
