/**
 * The service-level clock of a ticket, framework-free. A ticket's clock is an append-only list of
 * {@link fr.proxima.itsm.sla.model.ClockEvent}s (started, paused, resumed, taken in charge, stopped, reopened,
 * re-targeted); {@link fr.proxima.itsm.sla.model.SlaClock} replays them against a business calendar to give the
 * segments, the consumed and remaining business time, the due instants and the states of both targets. Replay is the
 * only way anything is computed, so every figure shown can be explained and recomputed from the stored events.
 */
package fr.proxima.itsm.sla.model;
