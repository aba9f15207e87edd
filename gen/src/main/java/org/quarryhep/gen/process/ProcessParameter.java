package org.quarryhep.gen.process;

/**
 * A model or process parameter that a user may set with {@code --param NAME=VALUE}.
 *
 * @param name the name (MadGraph's where one exists)
 * @param defaultValue the default (NaN: computed from the other parameters)
 * @param description what it is, with its unit
 */
public record ProcessParameter(String name, double defaultValue, String description) {}
