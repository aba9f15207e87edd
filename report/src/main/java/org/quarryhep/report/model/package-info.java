/**
 * The report-facing part of {@code results.json}: typed figures, tables, attached files and
 * provenance as records, read and written with Jackson and checked against the versioned JSON
 * Schema {@code results-1.0.0.schema.json} shipped beside them. The schema, not these classes, is
 * the contract with the modules that write {@code results.json}.
 */
package org.quarryhep.report.model;
