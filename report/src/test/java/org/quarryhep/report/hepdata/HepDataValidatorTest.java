package org.quarryhep.report.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.testkit.ReferenceData;

/**
 * The validator against HEPData's own example submissions (hepdata-validator's test suite, copied
 * into ../shared/data/hepdata-schemas/examples): what HEPData accepts and rejects, and the messages
 * its {@code test_full_submission_validator.py} expects.
 */
class HepDataValidatorTest {
    static HepDataValidator validator() throws IOException {
        return new HepDataValidator(ReferenceData.require("hepdata-schemas/1.1.1"));
    }

    @Test
    void validExampleDataFilesAllPass() throws IOException {
        HepDataValidator v = validator();
        Path dir = ReferenceData.require("hepdata-schemas/examples/valid");
        // test_valid_submission_dir: data1.yaml .. data8.yaml "is valid HEPData data YAML".
        for (int i = 1; i <= 8; i++) {
            assertEquals(
                    List.of(), v.validateDataFile(dir.resolve("data" + i + ".yaml")), "data" + i);
        }
    }

    @Test
    void validExampleSubmissionFailsOnlyOnTheResourcesNotCopied() throws IOException {
        // The shared copy holds submission.yaml and data1-8.yaml but not the figures and scripts
        // the submission names (README). HEPData's validator accepts the full folder; on this copy
        // the only complaints it (and we) can make are the missing resource files.
        List<HepDataValidator.Message> msgs =
                validator().validate(ReferenceData.require("hepdata-schemas/examples/valid"));
        assertTrue(!msgs.isEmpty());
        for (HepDataValidator.Message m : msgs) {
            assertTrue(
                    m.message().startsWith("Missing 'additional_resources' file '"), m.toString());
        }
        Set<String> missing =
                msgs.stream()
                        .map(m -> m.message().replaceAll(".*file '(.*)'\\.", "$1"))
                        .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(
                missing.contains("analysis_script.py") && missing.contains("figFigure8A.png"),
                missing.toString());
    }

    @Test
    void validExampleWithItsResourcesPresentIsAccepted(@TempDir Path tmp) throws IOException {
        // Put empty stand-ins for the resource files HEPData's test folder has: then the folder is
        // what test_valid_submission_dir accepts.
        Path src = ReferenceData.require("hepdata-schemas/examples/valid");
        try (var files = Files.list(src)) {
            for (Path f : files.toList()) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        for (HepDataValidator.Message m : validator().validate(tmp)) {
            String name = m.message().replaceAll(".*file '(.*)'\\.", "$1");
            Files.writeString(tmp.resolve(name), "");
        }
        assertEquals(List.of(), validator().validate(tmp));
    }

    @Test
    void invalidExampleIsRejectedWithHepDatasMessages() throws IOException {
        Path dir = ReferenceData.require("hepdata-schemas/examples/invalid");
        List<String> msgs =
                validator().validate(dir).stream().map(HepDataValidator.Message::message).toList();
        // Messages from hepdata-validator testsuite/test_full_submission_validator.py,
        // test_invalid_data_directory.
        assertTrue(
                msgs.contains("Name of data_file 'mydirectory/data2.yaml' should not contain '/'."),
                msgs.toString());
        assertTrue(
                msgs.contains(
                        "Location of 'additional_resources' file '../TestHEPSubmission/figFigure8B.png' should not contain '/'."),
                msgs.toString());
        assertTrue(
                msgs.contains("Missing 'additional_resources' file 'figFigure9A.png'."),
                msgs.toString());
        assertTrue(msgs.contains("Missing data_file 'data3.yaml'."), msgs.toString());
    }

    @Test
    void invalidExamplesDataFilesAreThemselvesValid() throws IOException {
        // The same test lists data1, data4 and data10 among the valid files of the invalid folder.
        HepDataValidator v = validator();
        Path dir = ReferenceData.require("hepdata-schemas/examples/invalid");
        for (String f : List.of("data1.yaml", "data4.yaml", "data10.yaml")) {
            assertEquals(List.of(), v.validateDataFile(dir.resolve(f)), f);
        }
    }

    @Test
    void dataFileChecksBeyondTheSchema(@TempDir Path tmp) throws IOException {
        // hepdata-validator's check_length_values and check_for_zero_uncertainty.
        Path uneven = tmp.resolve("uneven.yaml");
        Files.writeString(
                uneven,
                """
                independent_variables:
                - header: {name: x}
                  values: [{value: 1}, {value: 2}]
                dependent_variables:
                - header: {name: y}
                  values: [{value: 3}]
                """);
        assertEquals(
                List.of("Inconsistent length of 'values' list: [2, 1]"),
                validator().validateDataFile(uneven));
        Path zero = tmp.resolve("zero.yaml");
        Files.writeString(
                zero,
                """
                independent_variables:
                - header: {name: x}
                  values: [{value: 1}]
                dependent_variables:
                - header: {name: y}
                  values:
                  - value: 3
                    errors: [{symerror: 0, label: stat}, {asymerror: {plus: '0%', minus: 0}}]
                """);
        assertEquals(1, validator().validateDataFile(zero).size());
        Path extra = tmp.resolve("extra.yaml");
        Files.writeString(
                extra,
                """
                independent_variables: []
                dependent_variables:
                - header: {name: y}
                  values: [{value: 3, errorss: []}]
                """);
        List<String> e = validator().validateDataFile(extra);
        assertTrue(e.size() >= 1 && e.get(0).contains("errorss"), e.toString());
    }
}
