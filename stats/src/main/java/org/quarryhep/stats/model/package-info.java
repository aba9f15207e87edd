/**
 * The compiled HistFactory model (pyhf's {@code pyhf.pdf}): a {@link
 * org.quarryhep.stats.model.Model} is built from a {@link org.quarryhep.stats.Workspace} with the
 * modifiers of {@link org.quarryhep.stats.modifier}, and holds the flat parameter vector, the main
 * Poisson term and the constraint term. It sits above both the specification ({@code stats}) and
 * the modifiers, so that neither depends back on it.
 */
package org.quarryhep.stats.model;
