package fr.proxima.app.web.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds a query string from the non-blank values, encoded: {@code Query.of("q", text, "size", 8).path("/api/people")}. */
public final class Query {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Query() {
    }

    public static Query of(Object... pairs) {
        Query q = new Query();
        for (int i = 0; i < pairs.length; i += 2) {
            q.with(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return q;
    }

    public Query with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(name, value.toString().trim());
        } else {
            values.remove(name);
        }
        return this;
    }

    public String path(String path) {
        if (values.isEmpty()) {
            return path;
        }
        StringJoiner j = new StringJoiner("&", path + "?", "");
        values.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }
}
