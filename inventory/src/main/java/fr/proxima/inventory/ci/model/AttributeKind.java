package fr.proxima.inventory.ci.model;

/** The kinds of value a type-specific attribute holds; {@link AttributeSpec} normalises and checks them. */
public enum AttributeKind {
    /** Free text (trimmed, bounded length). */
    TEXT,
    /** A whole number within bounds (stored as a JSON integer). */
    INTEGER,
    /** A decimal number within bounds (screen sizes...). */
    DECIMAL,
    /** Yes / no ({@code true}, {@code false}, {@code oui}, {@code non}, {@code 1}, {@code 0}). */
    BOOLEAN,
    /** A calendar date, stored as ISO {@code 2026-11-26}; {@code 26/11/2026} accepted. */
    DATE,
    /** One of a fixed list of upper-case codes. */
    CHOICE,
    /** A host name (RFC 1123 labels), lower case. */
    HOSTNAME,
    /** An IPv4 or IPv6 address. */
    IP_ADDRESS,
    /** A MAC address, stored as {@code AA:BB:CC:DD:EE:FF}. */
    MAC_ADDRESS,
    /** A French phone number, stored as its ten digits ({@code 0612345678}); {@code +33 6 12...} accepted. */
    PHONE,
    /** An IMEI: fifteen digits with a valid Luhn check digit. */
    IMEI
}
