/**
 * The software catalogue of the DSI (a CRUD-ish feature, kept flat): entries with their publisher, known versions,
 * licences and status (approved, tolerated, to retire, forbidden), the match key that ties what agents report
 * ("Mozilla Firefox (x64 fr)") to an entry ("Mozilla Firefox"), and the installation counts in the reader's scope.
 */
package fr.proxima.inventory.software;
