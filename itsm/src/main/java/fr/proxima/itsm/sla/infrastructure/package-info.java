/**
 * Storage of the service-level clock: the append-only clock events, the evaluated clock row per ticket (for
 * queues and the refresh job) and the escalations. Plain JDBC with batches: the refresh job reads thousands of
 * clocks and writes back only those whose evaluation changed.
 */
package fr.proxima.itsm.sla.infrastructure;
