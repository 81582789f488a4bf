/** The agent token table ({@code inv_agent_token}), plain JDBC on the caller's transaction. */
package fr.proxima.inventory.agent.infrastructure;
