package fr.proxima.itsm.call.application;

import java.util.Optional;

/**
 * What the calls need to know of the organisation module: whether a commune or a team exists and where a person
 * belongs. A port, so that the call feature depends on the organisation's public API through one adapter only.
 */
public interface CallerDirectory {

    boolean communeExists(String communeCode);

    boolean teamExists(String teamCode);

    /** The commune of a known person, or empty when no such (active) person exists. */
    Optional<String> communeOfPerson(long personId);
}
