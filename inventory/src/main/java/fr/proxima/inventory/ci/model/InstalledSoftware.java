package fr.proxima.inventory.ci.model;

import fr.proxima.inventory.software.SoftwareNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One software found on a machine: its name and publisher as reported, its version ({@code ""} when unknown) and
 * its match key ({@link SoftwareNames#matchKey}). A machine holds each (match key, version) once.
 */
public record InstalledSoftware(String name, String publisher, String version, String matchKey,
                                LocalDate installedOn) {
    public static final int NAME_MAX = 255;
    public static final int PUBLISHER_MAX = 160;
    public static final int VERSION_MAX = 64;

    /** A reported software, trimmed to the stored sizes; {@code null} when the name is blank. */
    public static InstalledSoftware of(String name, String publisher, String version, LocalDate installedOn) {
        String key = SoftwareNames.matchKey(name);
        if (key == null) {
            return null;
        }
        return new InstalledSoftware(cut(name.strip(), NAME_MAX), publisher == null || publisher.isBlank() ? null
                : cut(publisher.strip(), PUBLISHER_MAX), version == null ? "" : cut(version.strip(), VERSION_MAX),
                key, installedOn);
    }

    /** The identity of an installation on one machine. */
    public String identity() {
        return matchKey + "\u0000" + version;
    }

    /** What changed between the installed list and a new report: additions, removals, version changes. */
    public record Changes(List<InstalledSoftware> added, List<InstalledSoftware> removed, List<FieldChange> history) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    /**
     * The difference between what a machine has ({@code current}) and what is reported now ({@code reported},
     * duplicates dropped), with one history line per software added, removed or moved to another version.
     */
    public static Changes diff(Collection<InstalledSoftware> current, Collection<InstalledSoftware> reported) {
        Map<String, InstalledSoftware> before = new LinkedHashMap<>();
        current.forEach(s -> before.put(s.identity(), s));
        Map<String, InstalledSoftware> after = new LinkedHashMap<>();
        reported.forEach(s -> after.putIfAbsent(s.identity(), s));
        List<InstalledSoftware> added = new ArrayList<>();
        List<InstalledSoftware> removed = new ArrayList<>();
        after.forEach((k, s) -> {
            if (!before.containsKey(k)) {
                added.add(s);
            }
        });
        before.forEach((k, s) -> {
            if (!after.containsKey(k)) {
                removed.add(s);
            }
        });
        List<FieldChange> history = new ArrayList<>();
        List<InstalledSoftware> unpairedRemoved = new ArrayList<>(removed);
        for (InstalledSoftware a : added) {
            InstalledSoftware old = unpairedRemoved.stream().filter(r -> r.matchKey.equals(a.matchKey)).findFirst()
                    .orElse(null);
            if (old != null) {
                unpairedRemoved.remove(old);
                history.add(new FieldChange("software", old.label(), a.label()));
            } else {
                history.add(new FieldChange("software", null, a.label()));
            }
        }
        for (InstalledSoftware r : unpairedRemoved) {
            history.add(new FieldChange("software", r.label(), null));
        }
        return new Changes(added, removed, history);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** "Mozilla Firefox 128.0.3" (the name and the version, for the history). */
    public String label() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
