/**
 * HTTP API of the calls: {@code POST /api/calls} (with {@code Idempotency-Key}), {@code GET /api/calls},
 * {@code GET /api/calls/{id}} and {@code GET /api/tickets/{id}/calls}. Thin: requests are validated, mapped to the
 * application's commands and handed to {@link fr.proxima.itsm.call.application.CallService} with the current scope.
 */
package fr.proxima.itsm.call.web;
