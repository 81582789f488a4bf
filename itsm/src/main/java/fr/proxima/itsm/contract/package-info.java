/**
 * Contracts of engagement: per commune, for each ticket type and priority, a take-charge and a resolution target
 * in business minutes, the business calendar that counts them and the at-risk threshold. Contracts are versioned
 * (a version is immutable; an edit writes the next one) and a ticket keeps the version in force at its creation.
 * A commune that joins gets a copy of the default contract ({@code DEFAULT}).
 */
package fr.proxima.itsm.contract;
