/**
 * Event file input and output: the {@link org.quarryhep.io.EventReader} and {@link
 * org.quarryhep.io.EventWriter} interfaces, {@link org.quarryhep.io.EventReaders} (format and
 * compression sniffing) and {@link org.quarryhep.io.EventWriters} (atomic writes, compression by
 * extension), and {@link org.quarryhep.io.EventFormatException} for malformed files.
 */
package org.quarryhep.io;
