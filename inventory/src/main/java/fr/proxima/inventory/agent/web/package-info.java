/**
 * The agent endpoint ({@code POST /api/inventory/agent}, anonymous for the JWT layer and authenticated by the agent
 * token: HTTP Basic password or user, {@code ?token=}, or a path segment) and the administrators' API of tokens
 * ({@code /api/inventory/agent-tokens}).
 */
package fr.proxima.inventory.agent.web;
