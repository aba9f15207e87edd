package org.quarryhep.cli;

import picocli.CommandLine;

/** Entry point of the {@code quarry} command. */
public final class Main {
    private Main() {}

    /**
     * Runs the command line and exits with its status: 0 on success, 1 on a failure of the work
     * (bad input, failed computation), 2 on a usage error.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (used by tests). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** The configured picocli command line, with Quarry's error handling. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new QuarryCommand());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
