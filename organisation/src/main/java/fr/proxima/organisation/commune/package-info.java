/**
 * The communes (and the Métropole, an entity of its own) and the commune → centre map with its full history:
 * a change of centre closes the period in force and opens a new one, so a ticket keeps the centre of its creation
 * and {@code centreOf(commune, instant)} answers for any past instant. Communes and map are served from memory.
 * {@code /api/centres} lives here because a centre's page is a view of the map.
 */
package fr.proxima.organisation.commune;
