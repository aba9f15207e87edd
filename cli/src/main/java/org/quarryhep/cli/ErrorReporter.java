package org.quarryhep.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.quarryhep.core.QuarryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from a command into a one-line message on stderr (and a JSON error object on
 * stdout under {@code --json}) and exit status 1. A stack trace is printed only with {@code
 * QUARRY_DEBUG=1}: a user needs the file, line and field, not the call chain, and no Java class
 * name or library hint reaches the message.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        // A ParameterException thrown by a command (an absurd value) does not come here: picocli
        // hands it to Main's usage-error handler, like its own parse errors.
        String message = describe(ex);
        cmd.getErr().println("quarry " + cmd.getCommandName() + ": error: " + message);
        if ("1".equals(System.getenv("QUARRY_DEBUG"))) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        if (wantsJson(parsed)) {
            Json.printError(cmd.getOut(), message);
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
        if (ex instanceof JsonProcessingException j) {
            return describeJson(j);
        }
        if (ex instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (ex instanceof java.nio.file.AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (ex instanceof java.nio.file.FileSystemException f) {
            return f.getFile()
                    + ": "
                    + (f.getReason() == null ? "file system error" : f.getReason());
        }
        if (ex instanceof IOException) {
            return "I/O error: " + ex.getMessage();
        }
        if (ex instanceof IllegalArgumentException && ex.getMessage() != null) {
            // Our own argument checks word their messages for the user.
            return ex.getMessage();
        }
        String msg = ex.getMessage();
        return "internal error"
                + (msg == null ? "" : ": " + msg)
                + " (please report it; QUARRY_DEBUG=1 shows where it happened)";
    }

    /**
     * A JSON/YAML syntax error without Jackson's internals: the line and column and the first
     * sentence of the message, NaN and infinities named as such.
     */
    static String describeJson(JsonProcessingException j) {
        String m = j.getOriginalMessage();
        if (m.contains("'NaN'") || m.contains("Infinity'")) {
            m = "not a number (" + (m.contains("'NaN'") ? "NaN" : "infinity") + ")";
        } else {
            int cut = m.indexOf(": enable ");
            if (cut < 0) {
                cut = m.indexOf(" (or enable ");
            }
            if (cut >= 0) {
                m = m.substring(0, cut);
            }
            int nl = m.indexOf('\n');
            if (nl >= 0) {
                m = m.substring(0, nl);
            }
        }
        JsonLocation loc = j.getLocation();
        return loc == null || loc.getLineNr() < 1
                ? m
                : m + " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
