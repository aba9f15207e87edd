package org.quarryhep.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The guards' two policies: on a laptop a missing peer or missing data aborts the test (JUnit
 * counts it as skipped: a {@code TestAbortedException}, which is a {@code RuntimeException}); under
 * CI it fails the test (an {@code AssertionError}), so that CI cannot pass with validations
 * skipped.
 */
class RequirementsTest {
    @Test
    void presentRequirementContinuesUnderBothPolicies() {
        assertDoesNotThrow(() -> Requirements.need(true, "peer", false));
        assertDoesNotThrow(() -> Requirements.need(true, "peer", true));
    }

    @Test
    void missingRequirementSkipsOnALaptop() {
        RuntimeException e =
                assertThrows(
                        RuntimeException.class,
                        () -> Requirements.need(false, "Python module 'x' missing", false));
        assertTrue(e.getMessage().contains("Python module 'x' missing; skipping"), e.getMessage());
    }

    @Test
    void missingRequirementFailsUnderCi() {
        AssertionError e =
                assertThrows(
                        AssertionError.class,
                        () -> Requirements.need(false, "Python module 'x' missing", true));
        assertTrue(e.getMessage().contains("Python module 'x' missing"), e.getMessage());
        assertTrue(e.getMessage().contains("CI=true"), e.getMessage());
    }

    @Test
    void missingReferenceFileFollowsThisRunsPolicy() {
        String absent = "no/such/reference-file.json";
        if (Requirements.ciStrict()) {
            assertThrows(AssertionError.class, () -> ReferenceData.require(absent));
        } else {
            assertThrows(RuntimeException.class, () -> ReferenceData.require(absent));
        }
        assertFalse(ReferenceData.has(absent));
    }

    @Test
    void missingExecutableFollowsThisRunsPolicy() {
        String absent = "quarry-no-such-program-on-any-path";
        if (Requirements.ciStrict()) {
            assertThrows(AssertionError.class, () -> Requirements.executable(absent));
        } else {
            assertThrows(RuntimeException.class, () -> Requirements.executable(absent));
        }
    }

    @Test
    void pythonImportProbeTellsPresentFromAbsentModules() {
        Path python = Path.of("/usr/bin/python3");
        Requirements.need(Files.isExecutable(python), "/usr/bin/python3 not found");
        assertTrue(Requirements.imports(python, "json", null), "the standard library's json");
        assertFalse(Requirements.imports(python, "quarry_no_such_module", null));
    }
}
