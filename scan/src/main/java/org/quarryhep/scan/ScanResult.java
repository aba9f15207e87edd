package org.quarryhep.scan;

import java.util.List;

/**
 * A finished scan.
 *
 * @param definition the scan
 * @param outcomes every point run (successful or failed), in the stable order: the first parameter
 *     varies slowest
 * @param contours contour families (2-D scans)
 * @param curves curves along parameters
 * @param reaches largest excluded values along lines
 * @param evaluated how many points were run or taken from the cache
 * @param fullGrid how many allowed points the full (fine) grid has; equal to {@code evaluated}
 *     without refinement
 */
public record ScanResult(
        ScanDefinition definition,
        List<PointOutcome> outcomes,
        List<ScanSummaries.ContourFamily> contours,
        List<ScanSummaries.Curve> curves,
        List<ScanSummaries.Reach> reaches,
        int evaluated,
        int fullGrid) {
    /** Copies the lists. */
    public ScanResult {
        outcomes = List.copyOf(outcomes);
        contours = List.copyOf(contours);
        curves = List.copyOf(curves);
        reaches = List.copyOf(reaches);
    }

    /** The points that failed every attempt. */
    public List<PointOutcome> failures() {
        return outcomes.stream().filter(o -> !o.ok()).toList();
    }
}
