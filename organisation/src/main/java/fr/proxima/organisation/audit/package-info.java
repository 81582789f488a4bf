/**
 * The audit trail of writes to the organisation's data: {@link fr.proxima.organisation.audit.AuditLog} records
 * who, when and what inside the writing transaction (public so other modules may audit their own reference data);
 * administrators read it through {@code GET /api/audit}.
 */
package fr.proxima.organisation.audit;
