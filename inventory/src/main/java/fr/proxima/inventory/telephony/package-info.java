/**
 * Mobile telephony costs: the operator's monthly CSV (French headers, {@code ;}, decimal comma) imported per
 * operator and month — a re-import of the same month replaces it in one transaction — each cost line matched to
 * the mobile-phone CI carrying that number and so to its commune; lines without a known CI are kept and reported,
 * never dropped. Costs per line, per commune and per month; a commune viewer reads its own commune's.
 */
package fr.proxima.inventory.telephony;
