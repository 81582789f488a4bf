/**
 * Business days of the French public administration, framework-free: weekends and French public holidays (the
 * fixed ones and the Easter-based Easter Monday, Ascension and Whit Monday), computed for any year. Used today by
 * the automatic close of resolved tickets; the service-level clock will extend it into business calendars with
 * opening windows and closure days.
 */
package fr.proxima.itsm.calendar;
