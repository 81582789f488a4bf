package fr.proxima.inventory.ci.model;

/** One refused input field: the field (API name, e.g. {@code serialNumber}, {@code attributes.ramMb}), a code, a French message. */
public record Violation(String field, String code, String message) {
}
