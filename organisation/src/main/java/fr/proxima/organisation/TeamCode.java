package fr.proxima.organisation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.regex.Pattern;

/** Identifier of a team: a proximity centre (e.g. {@code SUD}) or a central support group (e.g. {@code APPLICATIONS}). */
@Serdeable
public record TeamCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");

    public TeamCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a team code: " + value);
        }
    }

    public static TeamCode of(String value) {
        return new TeamCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
