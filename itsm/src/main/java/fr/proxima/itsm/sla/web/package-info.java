/** HTTP API of the service-level clock: a ticket's service level, and the recorded escalations. */
package fr.proxima.itsm.sla.web;
