/**
 * Real inventory agents: the endpoint {@code /api/inventory/agent} speaks the OCS-style protocol FusionInventory
 * (and OCS Inventory) agents use — an HTTP POST of a zlib-compressed XML {@code REQUEST}, first a {@code PROLOG}
 * query answered with {@code PROLOG_FREQ} and {@code RESPONSE SEND}, then the {@code INVENTORY} query carrying the
 * machine's hardware and software — and records the machine as a CI of the commune the agent's token belongs to.
 *
 * <p>{@code protocol} decodes and encodes the messages (hardened: bounded decompression, no DTD, bounded depth and
 * size), framework-free; {@code model} the parsed inventory and the token rules; {@code application} the use cases
 * (authenticate the token, record the inventory through the CMDB's discovery upsert, manage tokens);
 * {@code infrastructure} the token table; {@code web} the agent endpoint and the admin API of tokens.
 * Protocol, security of tokens and who may do what: {@code docs/inventory-stock-agents.md}.
 */
package fr.proxima.inventory.agent;
