/**
 * The quality control of the configuration data, per commune: duplicate serial numbers, CIs in service that nobody
 * can locate, personal equipment without its person, machines not reported by an agent for 90 days, expired
 * warranties, agents with no equipment, software installed but absent from the catalogue. A read model over the
 * CI tables (kept flat): {@code QualityReports} (one query per check, in the caller's scope) and its controller
 * (JSON and CSV export).
 */
package fr.proxima.inventory.quality;
