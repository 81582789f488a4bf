/**
 * What an agent reports, framework-free: {@link fr.proxima.inventory.agent.model.AgentInventory} (the machine's
 * identity, hardware, operating system and software) and the agent token rules
 * ({@link fr.proxima.inventory.agent.model.AgentTokenSecret}).
 */
package fr.proxima.inventory.agent.model;
