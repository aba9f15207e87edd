/** Analysis layer: objects, selections, variables, cut-flows, histograms, feature rows. */
package org.quarryhep.analysis;
