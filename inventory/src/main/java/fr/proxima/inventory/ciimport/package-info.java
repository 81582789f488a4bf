/**
 * CSV imports of configuration items: the published template ({@code model.ImportColumn}), reading a file
 * ({@code model.ImportFile}: UTF-8 with or without BOM, else Windows-1252; {@code ;}), deciding line by line
 * ({@code model.ImportPlanner}: upsert by asset tag, else manufacturer + serial; refusals with their reason),
 * running jobs in the background in chunks with batch writes and progress ({@code application.ImportRunner}), and
 * the API ({@code web.ImportController}: dry run, apply, progress, report). See {@code docs/inventory.md}, "CSV
 * import".
 */
package fr.proxima.inventory.ciimport;
