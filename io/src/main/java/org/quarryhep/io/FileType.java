package org.quarryhep.io;

/**
 * What {@link EventReaders#detect} found out about a file.
 *
 * @param format the event format, told from the first non-empty lines
 * @param compression the compression, told from the magic bytes
 */
public record FileType(EventFormat format, Compression compression) {}
