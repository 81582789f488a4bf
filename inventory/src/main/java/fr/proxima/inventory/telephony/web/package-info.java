/** The HTTP API of telephony costs under {@code /api/telephony}. */
package fr.proxima.inventory.telephony.web;
