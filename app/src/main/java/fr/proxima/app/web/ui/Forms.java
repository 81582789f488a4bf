package fr.proxima.app.web.ui;

import io.micronaut.core.annotation.Nullable;

/** Reading the text values of forms and query strings: ids that may be junk, fields that may be blank. */
public final class Forms {
    private Forms() {
    }

    /** A positive id, or null for anything else (blank, junk, too long). */
    public static @Nullable Long id(@Nullable String s) {
        return s == null || !s.matches("\\d{1,18}") ? null : Long.valueOf(s);
    }

    public static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
