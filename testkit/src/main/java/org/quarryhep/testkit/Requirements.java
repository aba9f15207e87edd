package org.quarryhep.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Guards that skip a test with a reason when something it needs is absent: an external peer (a C++
 * library, a Python module), the heavy validation profile, or a GPU.
 */
public final class Requirements {
    private Requirements() {}

    /** Skips unless the build runs with {@code -Pvalidation}. */
    public static void validationProfile() {
        assumeTrue(
                Boolean.getBoolean("quarry.validation"),
                "heavy validation runs only with -Pvalidation; skipping");
    }

    /** Returns the executable found on PATH, or skips the test when absent. */
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
        assumeTrue(false, "executable '" + name + "' not found on PATH; skipping");
        return null;
    }

    /**
     * Skips unless a file exists, e.g. a header of a Debian {@code -dev} package.
     *
     * @param file the path that must exist
     * @param packageName the package that provides it, named in the skip message
     */
    public static void file(String file, String packageName) {
        assumeTrue(
                Files.exists(Paths.get(file)),
                file + " not found (install Debian's " + packageName + "); skipping");
    }

    /**
     * Skips unless the system Python ({@code /usr/bin/python3}, where Debian installs its {@code
     * python3-*} packages) imports the module.
     *
     * @param module the Python module name, e.g. {@code "onnx"}
     * @param packageName the Debian package that provides it
     * @return the Python interpreter to run
     */
    public static Path pythonModule(String module, String packageName) {
        Path python = Paths.get("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "/usr/bin/python3 not found; skipping");
        boolean ok;
        try {
            Process p =
                    new ProcessBuilder(python.toString(), "-c", "import " + module)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            ok = p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        assumeTrue(
                ok,
                "Python module '"
                        + module
                        + "' not importable by /usr/bin/python3 (install Debian's "
                        + packageName
                        + "); skipping");
        return python;
    }
}
