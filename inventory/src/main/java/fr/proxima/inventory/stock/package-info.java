/**
 * Stock per proximity centre (the <em>stock délocalisé</em>): spare equipment each centre holds, either counted
 * consumables (toner, cables, mice: a quantity per centre and article) or serialized units (a CI of the CMDB held in
 * stock at a centre), and the ledger of every movement (receipt from a supplier, transfer between centres, issue to
 * a site, return, scrap) with who, when, how many, from where to where, why and for which ticket.
 *
 * <p>Split like a feature with rules: {@code model} holds the movement rules, the permissions and the
 * replenishment policy, framework-free; {@code application} the use cases (a movement, its stock changes and its
 * idempotency key commit in one transaction); {@code infrastructure} the conditional SQL updates that keep stock
 * from going negative under concurrency; {@code web} the HTTP API under {@code /api/stock}.
 * Definitions, formula and who may do what: {@code docs/inventory-stock-agents.md}.
 */
package fr.proxima.inventory.stock;
