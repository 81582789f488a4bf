/**
 * The CI use cases, one transaction each: {@code CiCommands} (create, replace, patch, relations, software declared
 * by hand, ticket links; the API other features of the module build on), {@code CiDiscovery} (what inventory agents
 * report: match, create or update, replace the software, never duplicate), {@code CiReferences} (the organisation
 * records a CI points to), {@code CiProblems} (domain refusals as problem documents) and the module's facade for the
 * other modules, {@code ConfigurationItemsFacade}.
 */
package fr.proxima.inventory.ci.application;
