/**
 * Classifier metrics with event weights (which may be negative): ROC and AUC, working points,
 * significance versus threshold, the HiggsML AMS, calibration curves and learning curves.
 */
package org.quarryhep.ml.metrics;
