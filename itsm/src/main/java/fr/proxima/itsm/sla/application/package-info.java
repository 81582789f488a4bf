/**
 * The service-level clock at work: {@link fr.proxima.itsm.sla.application.SlaClockRecorder} turns ticket events into
 * clock events in the ticket's own transaction; {@link fr.proxima.itsm.sla.application.SlaEvaluator} replays a
 * clock, writes its evaluation and records escalations once; {@link fr.proxima.itsm.sla.application.SlaRefreshJob}
 * re-evaluates every live clock on a schedule; {@link fr.proxima.itsm.sla.application.ServiceLevelsFacade} is the
 * module's {@link fr.proxima.itsm.ServiceLevels}.
 */
package fr.proxima.itsm.sla.application;
