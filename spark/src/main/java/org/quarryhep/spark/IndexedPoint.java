package org.quarryhep.spark;

import java.io.Serializable;
import org.quarryhep.scan.ScanPoint;

/**
 * A point with its task number, counted over the whole scan in submission order (what the test hook
 * {@code QUARRY_FAIL_TASK_ONCE} names).
 *
 * @param task the task number
 * @param point the point
 */
record IndexedPoint(int task, ScanPoint point) implements Serializable {}
