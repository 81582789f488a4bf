/**
 * Tickets naming configuration items. itsm and inventory do not see each other (the dependency rule), so the app,
 * which sees both, holds the endpoints: it checks the ticket through itsm's API ({@code Tickets}) and the CI through
 * inventory's ({@code ConfigurationItems}), both in the caller's scope, and the link is stored in inventory
 * ({@code inv_ci_ticket}, with the ticket's number and commune so that a CI page lists its tickets without asking
 * itsm). See {@code docs/inventory.md}, "Tickets and CIs".
 */
package fr.proxima.app.ticketci;
