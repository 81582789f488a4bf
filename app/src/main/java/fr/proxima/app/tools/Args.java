package fr.proxima.app.tools;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} / {@code --flag} command line of the benchmark tools. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    private Args() {
    }

    static Args parse(String[] argv, List<String> flags) {
        Args args = new Args();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                args.values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (flags.contains(name)) {
                args.values.put(name, "true");
            } else {
                if (i + 1 >= argv.length) {
                    throw new IllegalArgumentException("missing value for --" + name);
                }
                args.values.put(name, argv[++i]);
            }
        }
        return args;
    }

    String get(String name, String fallback) {
        String v = values.get(name);
        return v == null ? fallback : v;
    }

    int getInt(String name, int fallback) {
        String v = values.get(name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    long getLong(String name, long fallback) {
        String v = values.get(name);
        return v == null ? fallback : Long.parseLong(v);
    }

    boolean flag(String name) {
        return "true".equals(values.get(name));
    }
}
