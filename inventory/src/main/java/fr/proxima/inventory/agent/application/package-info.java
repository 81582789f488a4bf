/**
 * The agents' use cases: {@link fr.proxima.inventory.agent.application.AgentTokens} creates, lists, revokes and
 * checks tokens; {@link fr.proxima.inventory.agent.application.AgentEndpoint} answers one protocol message (PROLOG
 * or INVENTORY) for an authenticated token and records the machine in that token's commune.
 */
package fr.proxima.inventory.agent.application;
