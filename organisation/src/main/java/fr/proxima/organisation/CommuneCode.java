package fr.proxima.organisation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.regex.Pattern;

/**
 * Identifier of a member entity: the INSEE code of a commune (5 characters, e.g. {@code 33522} for Talence,
 * {@code 2A004} style codes included) or the SIREN of the Métropole itself ({@code 243300316}).
 */
@Serdeable
public record CommuneCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("^(\\d[0-9AB]\\d{3}|\\d{9})$");

    public CommuneCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not an INSEE or SIREN code: " + value);
        }
    }

    public static CommuneCode of(String value) {
        return new CommuneCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
