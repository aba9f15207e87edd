/**
 * The reconstructed-event columnar file ({@code .qreco}, optionally gzip-compressed): a versioned,
 * self-describing format written by {@link org.quarryhep.detector.format.ColumnarWriter} and read
 * back by {@link org.quarryhep.detector.format.ColumnarReader}; the layout is documented in {@link
 * org.quarryhep.detector.format.ColumnarFormat}.
 */
package org.quarryhep.detector.format;
