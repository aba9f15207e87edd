package org.quarryhep.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The report-facing entries of {@code results.json}: what the page, the plots, the CSV tables and
 * the HEPData submission are generated from. Keys other than these belong to the orchestration and
 * are ignored here.
 *
 * @param schemaVersion the report schema version, {@value #SCHEMA_VERSION}
 * @param analysis what the report is about
 * @param tables cut-flows and headline numbers
 * @param figures the figures, in page order
 * @param files workspaces, models and other files to link and attach
 * @param provenance where the results came from
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Results(
        String schemaVersion,
        Analysis analysis,
        List<Table> tables,
        List<Figure> figures,
        List<ResultFile> files,
        RunProvenance provenance) {
    /** The schema version this code reads and writes. */
    public static final String SCHEMA_VERSION = "1.0.0";

    /** Checks the version and that ids are unique. */
    public Results {
        Checks.require(
                SCHEMA_VERSION.equals(schemaVersion),
                "schema_version must be " + SCHEMA_VERSION + ", got " + schemaVersion);
        Checks.require(analysis != null, "analysis is required");
        Checks.require(provenance != null, "provenance is required");
        tables = Checks.list(tables);
        figures = Checks.list(figures);
        files = Checks.list(files);
        Figure.checkUnique(
                java.util.stream.Stream.concat(
                                tables.stream().map(Table::id), figures.stream().map(Figure::id))
                        .toList(),
                "figure/table");
    }
}
