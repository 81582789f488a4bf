/** The operator's CSV format and phone-number normalisation, framework-free. */
package fr.proxima.inventory.telephony.model;
