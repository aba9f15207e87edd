package org.quarryhep.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code quarry} command. */
public final class Main {
    private Main() {}

    /**
     * Runs the command line and exits with its status: 0 on success, 1 on a failure of the work
     * (bad input, failed computation), 2 on a usage error, 130 when interrupted (Ctrl-C).
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        CommandLine cl = newCommandLine();
        Interruption interruption = Interruption.install(cl, args);
        int status = cl.execute(args);
        interruption.finished();
        System.exit(status);
    }

    /** Runs the command line and returns the exit status (used by tests). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** The configured picocli command line, with Quarry's error handling. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new QuarryCommand());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /**
     * A usage error (unknown option, bad or absurd value): one line naming the option, a pointer to
     * {@code --help} instead of the whole usage text, {@code {"error": …}} on stdout under {@code
     * --json}, exit status 2.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        cmd.getErr().println(name + ": " + message);
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
        cmd.getErr().println("see '" + name + " --help'");
        cmd.getErr().flush();
        if (Arrays.asList(args).contains("--json")) {
            Json.printError(cmd.getOut(), message);
        }
        return 2;
    }
}
