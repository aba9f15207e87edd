package org.quarryhep.testkit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Guards for what a test needs: an external peer (a C++ library, a Python module, an executable),
 * the shared reference data, or the heavy validation profile.
 *
 * <p>On a developer's laptop a missing peer or missing data skips the test with a message. Under CI
 * (environment {@code CI=true}, or {@code -Dquarry.ci=true}) it fails the test instead, so that a
 * CI run cannot pass with the physics validations skipped. The validation profile stays a skip
 * everywhere: CI runs it as a second, explicit build.
 */
public final class Requirements {
    private Requirements() {}

    /**
     * True when this run is CI's: environment variable {@code CI} is {@code true} (as GitHub
     * Actions, GitLab and {@code .ci/run} set it) or system property {@code quarry.ci} is {@code
     * true}.
     */
    public static boolean ciStrict() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("quarry.ci");
    }

    /**
     * Continues when {@code present}; otherwise skips the test with {@code what} (laptop) or fails
     * it (CI), see the class comment.
     *
     * @param present whether the peer or data is there
     * @param what what is missing and how to get it, e.g. "Python module 'onnx' not importable"
     */
    public static void need(boolean present, String what) {
        need(present, what, ciStrict());
    }

    /** As {@link #need(boolean, String)} with the CI policy given, so that tests can check it. */
    static void need(boolean present, String what, boolean strict) {
        if (present) {
            return;
        }
        if (strict) {
            fail(what + " (CI=true: a missing peer or missing reference data fails the run)");
        }
        assumeTrue(false, what + "; skipping");
    }

    /** Skips unless the build runs with {@code -Pvalidation} (a skip under CI too). */
    public static void validationProfile() {
        assumeTrue(
                Boolean.getBoolean("quarry.validation"),
                "heavy validation runs only with -Pvalidation; skipping");
    }

    /** Returns the executable found on PATH; skips (laptop) or fails (CI) the test when absent. */
    public static Path executable(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Paths.get(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        need(false, "executable '" + name + "' not found on PATH");
        return null;
    }

    /**
     * Continues when a file exists, e.g. a header of a Debian {@code -dev} package; skips (laptop)
     * or fails (CI) the test otherwise.
     *
     * @param file the path that must exist
     * @param packageName the package that provides it, named in the message
     */
    public static void file(String file, String packageName) {
        need(
                Files.exists(Paths.get(file)),
                file + " not found (install Debian's " + packageName + ")");
    }

    /**
     * Returns the system Python ({@code /usr/bin/python3}, where Debian installs its {@code
     * python3-*} packages) when it imports the module; skips (laptop) or fails (CI) otherwise.
     *
     * @param module the Python module name, e.g. {@code "onnx"}
     * @param packageName the Debian package that provides it
     * @return the Python interpreter to run
     */
    public static Path pythonModule(String module, String packageName) {
        Path python = Paths.get("/usr/bin/python3");
        need(Files.isExecutable(python), "/usr/bin/python3 not found");
        need(
                imports(python, module, null),
                "Python module '"
                        + module
                        + "' not importable by /usr/bin/python3 (install Debian's "
                        + packageName
                        + ")");
        return python;
    }

    /**
     * True when {@code python} imports {@code module}, with {@code pythonPath} (may be null) as
     * {@code PYTHONPATH}. For peers that cannot come from Debian, whose tests skip even under CI.
     *
     * @param python the interpreter
     * @param module the module name
     * @param pythonPath extra source directory put on {@code PYTHONPATH}, or null
     * @return whether the import succeeded within two minutes
     */
    public static boolean imports(Path python, String module, Path pythonPath) {
        try {
            ProcessBuilder pb =
                    new ProcessBuilder(python.toString(), "-c", "import " + module)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (pythonPath != null) {
                pb.environment().put("PYTHONPATH", pythonPath.toString());
            }
            Process p = pb.start();
            return p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
