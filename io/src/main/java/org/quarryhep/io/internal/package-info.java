/**
 * Implementation detail of {@code io}, not for other modules: the byte-level line reader and field
 * parser, the correctly rounded number parser, atomic output files, the shared reader and writer
 * bases, and vertex building for mother-only events.
 */
package org.quarryhep.io.internal;
