package fr.proxima.itsm.ticket.model;

/** One field of a ticket changed by an action (values rendered as text; {@code null} for "none"). */
public record FieldChange(String field, String oldValue, String newValue) {
}
