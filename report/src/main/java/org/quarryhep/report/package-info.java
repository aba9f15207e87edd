/**
 * Reports from {@code results.json}: {@link org.quarryhep.report.Report#render} writes the plots
 * (PNG, SVG, PDF), the CSV tables, the self-contained HTML page and the HEPData submission. The
 * schema of the report-facing entries of {@code results.json} lives in {@code
 * org.quarryhep.report.model}.
 */
package org.quarryhep.report;
