/**
 * Benchmark tools, run from the assembled jar (see README "Benchmarks" and {@code docs/benchmarks.md}), never by
 * the server: {@link fr.proxima.app.tools.HistoryGenerator} fills a database with five years of calls and tickets,
 * {@link fr.proxima.app.tools.LoadTest} measures a running server over HTTP,
 * {@link fr.proxima.app.tools.AgentLoadTest} measures the inventory-agent endpoint with realistic compressed
 * inventories, and
 * {@link fr.proxima.app.tools.JdbcCeiling} measures the durable-commit ceiling of the same MariaDB with plain JDBC,
 * the baseline the HTTP figures are compared with; {@link fr.proxima.app.tools.ParkGenerator} fills the configuration
 * database with a benchmark-sized park and {@link fr.proxima.app.tools.CmdbBench} measures its lookups, list pages
 * and CSV imports against plain-JDBC baselines.
 *
 * <p>They are deliberately framework-free plain {@code main} classes (JDBC, {@code java.net.http}): the generator
 * writes straight into the tables of several modules with multi-row batches, which the application itself never
 * does (modules talk through their APIs); that shortcut is acceptable for a tool that only builds test data, and
 * it is what makes 800,000 rows load in minutes rather than hours.
 */
package fr.proxima.app.tools;
