/**
 * The configurable category tree of tickets (e.g. Poste de travail › Lenteur du poste), seeded with a French IT
 * catalogue. Categories are identified by a stable code; an admin adds, renames and deactivates them (never
 * deletes: old tickets keep their code). A flat CRUD-ish feature: entity, repository, service and controller side
 * by side.
 */
package fr.proxima.itsm.category;
