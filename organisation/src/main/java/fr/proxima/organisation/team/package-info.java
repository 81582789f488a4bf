/**
 * The teams: the five proximity centres ({@code centres de proximité numérique}) and the central support groups,
 * kept in memory because every ticket routing reads them. The members of a team are users, listed by the
 * {@code user} feature ({@code GET /api/teams/{code}/members}).
 */
package fr.proxima.organisation.team;
