/**
 * Business time of the French public administration, framework-free: French public holidays (the fixed ones and
 * the Easter-based Easter Monday, Ascension and Whit Monday) computed for any year; business days (the automatic
 * close of resolved tickets); and {@link fr.proxima.itsm.calendar.BusinessCalendar}, weekly opening windows in
 * local time minus holidays and closure days, with the arithmetic the service-level clock needs (add business
 * minutes to an instant, business minutes between two instants), checked against a minute-by-minute reference.
 */
package fr.proxima.itsm.calendar;
