/**
 * The CI rules, free of frameworks: {@code CiType} (the types and the attributes each one carries),
 * {@code AttributeSpec} (how an attribute value is normalised and checked), {@code CiDetails} (a checked CI and
 * the diff that feeds the history), {@code ConfigurationItem} (the aggregate and its status rule),
 * {@code RelationRules}, {@code InstalledSoftware} (the diff of a machine's software), {@code SerialNumber},
 * {@code AssetTag}, {@code Manufacturers} and {@code CiPermissions}. A refusal is a {@code CiRuleViolation} with a
 * stable code and the offending fields.
 */
package fr.proxima.inventory.ci.model;
