package fr.proxima.inventory.ci.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The type-specific attributes of a CI, checked against its {@link CiType} and held in their normalised form
 * (see {@link AttributeSpec#normalise}), keys sorted so that the stored JSON is stable. Immutable.
 */
public final class CiAttributes {
    private static final CiAttributes EMPTY = new CiAttributes(new TreeMap<>());

    private final TreeMap<String, Object> values;

    private CiAttributes(TreeMap<String, Object> values) {
        this.values = values;
    }

    public static CiAttributes empty() {
        return EMPTY;
    }

    /**
     * The attributes {@code raw} gives for a CI of {@code type}: every key must belong to the type and every value
     * must be well-formed, else a violation per offending key is added to {@code errors} (field
     * {@code attributes.<key>}). Null or blank values are left out.
     */
    public static CiAttributes of(CiType type, Map<String, ?> raw, List<Violation> errors) {
        return empty().with(type, raw, errors);
    }

    /**
     * These attributes changed by {@code patch} for a CI of {@code type}: a key with a value sets it, a key with
     * {@code null} (or blank) removes it, keys not named stay. The kept keys must belong to {@code type} too
     * (after a change of type, an attribute the new type does not have is refused).
     */
    public CiAttributes with(CiType type, Map<String, ?> patch, List<Violation> errors) {
        TreeMap<String, Object> next = new TreeMap<>(values);
        if (patch != null) {
            for (Map.Entry<String, ?> e : patch.entrySet()) {
                String key = e.getKey();
                AttributeSpec spec = type.attributes().get(key);
                if (spec == null) {
                    if (e.getValue() != null) {
                        errors.add(new Violation("attributes." + key, "unknown",
                                "Attribut inconnu pour le type « " + type.label() + " »"));
                    }
                    next.remove(key);
                    continue;
                }
                try {
                    Object v = spec.normalise(e.getValue());
                    if (v == null) {
                        next.remove(key);
                    } else {
                        next.put(key, v);
                    }
                } catch (AttributeSpec.InvalidValue invalid) {
                    errors.add(new Violation("attributes." + key, invalid.code(), invalid.getMessage()));
                }
            }
        }
        for (String key : next.keySet()) {
            if (!type.attributes().containsKey(key) && (patch == null || !patch.containsKey(key))) {
                errors.add(new Violation("attributes." + key, "not_for_type",
                        "Attribut sans objet pour le type « " + type.label() + " »"));
            }
        }
        return next.isEmpty() ? EMPTY : new CiAttributes(next);
    }

    /**
     * Attributes read back from storage: normalised again where the type knows the key (so a JSON round trip
     * compares equal), kept as stored otherwise (a key a later version dropped is not lost silently).
     */
    public static CiAttributes stored(CiType type, Map<String, ?> stored) {
        TreeMap<String, Object> values = new TreeMap<>();
        for (Map.Entry<String, ?> e : stored.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            AttributeSpec spec = type.attributes().get(e.getKey());
            Object v = e.getValue();
            if (spec != null) {
                try {
                    v = spec.normalise(v);
                } catch (AttributeSpec.InvalidValue ignored) {
                    // keep what is stored; the next write through the API will have to correct it
                }
            }
            if (v != null) {
                values.put(e.getKey(), v);
            }
        }
        return values.isEmpty() ? EMPTY : new CiAttributes(values);
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public Object get(String key) {
        return values.get(key);
    }

    public String text(String key) {
        Object v = values.get(key);
        return v == null ? null : render(v);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The attributes that differ from {@code next}, as history fields {@code attributes.<key>}. */
    public List<FieldChange> changesTo(CiAttributes next) {
        List<FieldChange> changes = new ArrayList<>();
        TreeMap<String, Object> keys = new TreeMap<>(values);
        keys.putAll(next.values);
        for (String key : keys.keySet()) {
            Object before = values.get(key);
            Object after = next.values.get(key);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange("attributes." + key, before == null ? null : render(before),
                        after == null ? null : render(after)));
            }
        }
        return changes;
    }

    static String render(Object v) {
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CiAttributes other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
