package fr.proxima.inventory.ci.model;

/** One field of a CI changed by a write (values rendered as text; {@code null} for "none"). */
public record FieldChange(String field, String oldValue, String newValue) {
}
