/**
 * Strict reading of YAML and JSON configuration files: every key, type and range checked, every
 * error naming the file, the line and the JSON pointer of the offending key (with a "did you mean"
 * hint for misspelt keys), and {@code --set key=value} overrides.
 */
package org.quarryhep.config;
