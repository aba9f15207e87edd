/**
 * Parameter scans: the scan definition ({@link org.quarryhep.scan.ScanFile} reads it), the grid of
 * points with constraints and per-point seeds, what one point runs ({@link
 * org.quarryhep.scan.PointRunner}), the executors that run points ({@link
 * org.quarryhep.scan.ScanExecutor}; local threads here, Spark as a {@code ServiceLoader} plug-in),
 * adaptive refinement near an exclusion boundary, contours by marching squares, limit curves, the
 * reach along a line, luminosity projections, and {@code results.json}.
 */
package org.quarryhep.scan;
