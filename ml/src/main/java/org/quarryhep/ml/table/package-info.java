/**
 * Columnar feature tables (float columns, signed weights, labels, group columns), their CSV and
 * binary formats, seeded stratified splits, class balancing and standardisation.
 */
package org.quarryhep.ml.table;
