/** Parameter scans, adaptive refinement, contours and luminosity projections. */
package org.quarryhep.scan;
