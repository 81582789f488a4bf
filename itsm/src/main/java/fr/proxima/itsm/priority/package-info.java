/**
 * The priority matrix in force (impact × urgency → priority), stored in {@code itsm_priority_matrix}: readable by
 * everyone, editable by an admin. The rule that uses it (and the VIP raise) is in the ticket model
 * ({@link fr.proxima.itsm.ticket.model.PriorityMatrix}); a change applies to tickets created or reclassified
 * afterwards, never retroactively. Flat CRUD-ish feature: store, service and controller side by side.
 */
package fr.proxima.itsm.priority;
