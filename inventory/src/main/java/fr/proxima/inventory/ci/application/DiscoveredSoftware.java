package fr.proxima.inventory.ci.application;

import java.time.LocalDate;

/** One software in an agent's report (name as reported, publisher, version, installation date if known). */
public record DiscoveredSoftware(String name, String publisher, String version, LocalDate installedOn) {
}
