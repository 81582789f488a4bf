/**
 * The HTTP API of the CIs: {@code /api/cis} (search, read, create, replace, patch, history, software, relations),
 * {@code /api/people/{id}/cis}, {@code /api/software/{id}/installations}, {@code /api/ci-types}. Thin controllers;
 * request records keep typed-in values as text so that the domain reports every bad field at once.
 */
package fr.proxima.inventory.ci.web;
