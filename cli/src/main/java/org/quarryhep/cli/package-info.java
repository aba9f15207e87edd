/**
 * The {@code quarry} command line: picocli commands, progress bars, {@code --json} output and exit
 * codes. The only module with a {@code main} and the only one that writes to stdout/stderr.
 */
package org.quarryhep.cli;
