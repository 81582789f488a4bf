/** The telephony use cases: import a month (replacing it), read costs per line, per commune and per month. */
package fr.proxima.inventory.telephony.application;
