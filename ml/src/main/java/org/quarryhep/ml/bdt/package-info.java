/** Boosted decision trees on XGBoost4J (histogram method) behind Quarry's model interface. */
package org.quarryhep.ml.bdt;
