/**
 * The business calendars kept in the database and their API: opening windows by validity date, closure days, the
 * rules on editing them (never the past), and the arithmetic exposed for anyone to audit ({@code /due},
 * {@code /between}). The arithmetic itself is the framework-free parent package.
 */
package fr.proxima.itsm.calendar.catalogue;
