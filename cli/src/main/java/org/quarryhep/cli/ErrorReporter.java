package org.quarryhep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a command into a one-line message on stderr (and a JSON error object on
 * stdout under {@code --json}) and exit status 1. A stack trace is printed only with {@code
 * QUARRY_DEBUG=1}: a user needs the file, line and field, not the call chain.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        String message = describe(ex);
        cmd.getErr().println("quarry " + cmd.getCommandName() + ": error: " + message);
        if ("1".equals(System.getenv("QUARRY_DEBUG"))) {
            ex.printStackTrace(cmd.getErr());
        }
        if (wantsJson(parsed)) {
            cmd.getOut().println("{\"error\":" + Provenance.quote(message) + "}");
            cmd.getOut().flush();
        }
        return 1;
    }

    private static boolean wantsJson(ParseResult parsed) {
        ParseResult p = parsed;
        while (p != null) {
            if (p.hasMatchedOption("--json")) {
                return true;
            }
            p = p.hasSubcommand() ? p.subcommand() : null;
        }
        return false;
    }

    static String describe(Throwable ex) {
        if (ex instanceof QuarryException) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (ex instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (ex instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (ex instanceof IOException) {
            return "I/O error: " + ex.getMessage();
        }
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }
}
