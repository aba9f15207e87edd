/**
 * HistFactory statistical models in pyhf's JSON format: the workspace specification (immutable
 * records mirroring pyhf schema 1.0.0), reading with validation, JSON Patch and pyhf patchsets,
 * writing, combination and a builder for models made in code. The compiled model ({@link
 * org.quarryhep.stats.model.Model}: a flat parameter vector with named parameter sets, Poisson main
 * term plus constraint term) lives in {@code stats.model}, fits in {@code stats.fit}, inference in
 * {@code stats.infer}.
 */
package org.quarryhep.stats;
