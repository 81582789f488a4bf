/**
 * Plumbing shared by the organisation's features (snapshots of reference data, text folding) and the
 * implementation of the module's facade. Not part of the module's API: other modules use the root package.
 */
package fr.proxima.organisation.internal;
