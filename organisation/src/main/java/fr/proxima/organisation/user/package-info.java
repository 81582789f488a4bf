/**
 * The user accounts: login (Argon2id hashes, never returned), administration by admins (role and what it binds
 * to, validated; every change audited), {@code /api/me}, and the members of a team.
 */
package fr.proxima.organisation.user;
