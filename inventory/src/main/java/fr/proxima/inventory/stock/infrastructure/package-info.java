/**
 * Storage of the stock: plain JDBC on the caller's transaction, because the rules live in the SQL itself. Taking
 * stock is {@code UPDATE … SET quantity = quantity − n WHERE … AND quantity >= n}: one statement that either
 * takes or changes nothing, so two technicians taking the last unit at once cannot both succeed (the second waits
 * for the first's row lock, then finds the condition false); a serialized unit is taken the same way on its
 * state. A CHECK constraint refuses a negative quantity even if a bug tried. The ledger rows are only inserted.
 */
package fr.proxima.inventory.stock.infrastructure;
