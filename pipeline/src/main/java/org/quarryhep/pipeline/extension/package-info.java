/**
 * The extension point of the analysis file: an analysis's own Java code ({@link AnalysisExtension},
 * found through {@link java.util.ServiceLoader} and named under the file's {@code extensions:} key)
 * runs after the standard stages with read access to the run's samples, feature tables, trained
 * models and histograms, and writes its own outputs and {@code results.json} entries through the
 * stage cache.
 */
package org.quarryhep.pipeline.extension;
