package org.quarryhep.report.model;

/**
 * A file the run wrote that the report links to and the HEPData submission attaches.
 *
 * @param path path relative to {@code results.json} (no "..")
 * @param kind {@code pyhf_workspace}, {@code onnx}, {@code model}, {@code csv} or {@code other}
 * @param description one line
 */
public record ResultFile(String path, String kind, String description) {
    /** Checks the path and the kind. */
    public ResultFile {
        Checks.require(
                path != null && !path.startsWith("/") && !path.contains(".."),
                "file path must be relative without '..', got '" + path + "'");
        Checks.require(
                kind != null && kind.matches("pyhf_workspace|onnx|model|csv|other"),
                "file kind must be pyhf_workspace, onnx, model, csv or other, got '" + kind + "'");
        Checks.require(description != null, "file '" + path + "' needs a description");
    }
}
