package fr.proxima.organisation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit details of an update: each changed field with its old and new value ({@code field: [old, new]}). */
public final class Changes {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Changes field(String name, Object before, Object after) {
        boolean same = before == null ? after == null
                : before instanceof BigDecimal x && after instanceof BigDecimal y ? x.compareTo(y) == 0
                : before.equals(after);
        if (!same) {
            List<Object> pair = new ArrayList<>(2);
            pair.add(before == null ? null : before.toString());
            pair.add(after == null ? null : after.toString());
            fields.put(name, pair);
        }
        return this;
    }

    public Map<String, Object> asMap() {
        return fields;
    }
}
