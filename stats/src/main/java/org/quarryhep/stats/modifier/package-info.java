/**
 * The HistFactory modifiers, one class per pyhf type behind {@link
 * org.quarryhep.stats.modifier.Modifier}: each declares its parameter set (inits, bounds,
 * constraint) and compiles, per sample, a per-bin term that is either added to the nominal yield or
 * multiplies it. {@link org.quarryhep.stats.modifier.ModifierTypes} maps the JSON type strings to
 * them; {@link org.quarryhep.stats.modifier.Interpolation} holds the interpolation codes.
 */
package org.quarryhep.stats.modifier;
