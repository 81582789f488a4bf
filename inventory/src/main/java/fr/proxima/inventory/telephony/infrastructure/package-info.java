/** The cost tables and the lookup of mobile lines in the CMDB, plain JDBC on the caller's transaction. */
package fr.proxima.inventory.telephony.infrastructure;
