package org.quarryhep.stats.infer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.PeerScripts;
import org.quarryhep.testkit.Requirements;
import org.quarryhep.testkit.Tolerance;

/**
 * The external argument for the two rows of {@link PyhfValidationReferenceTest} that are held to
 * more than 1e-4 ({@code 1bin_shapesys_q0_mu0} at 4e-4, {@code 2bin_2channel_couplednorm_mu1} at
 * 1.5e-4): pyhf itself, run once at its default minimiser tolerance and once with SLSQP's tolerance
 * at 1e-14, moves toward Quarry's value and then agrees with it to 2e-5, so the distance in the
 * stored table is pyhf's default SLSQP stopping point, not a difference in the model.
 *
 * <p>Measured when written (pyhf at b3dc4bb, the commit of the stored values; Debian bookworm's
 * NumPy 1.24 and SciPy 1.10):
 *
 * <pre>
 *                          stored (pyhf)   pyhf default    pyhf tol 1e-14  Quarry
 * couplednorm CLs_exp[0]   0.0552227045    0.0552226995    0.0552292647    0.0552291710
 * q0 p0_exp[0] (+2 sigma)  1.22047147e-5   1.22078307e-5   1.22087703e-5   1.22087675e-5
 * q0 p0_exp[2] (median)    0.0132028672    0.0132048197    0.0132054084    0.0132054066
 * </pre>
 *
 * <p>So pyhf's default lands 1.2e-4 (couplednorm) and 7.7e-5 (q0 +2 sigma) from Quarry, and at the
 * tighter tolerance 1.7e-6 and 2.3e-7: the rows' wider tolerances measure pyhf's stopping point,
 * and the stored values keep them only because they are pyhf's regression numbers.
 *
 * <p>pyhf is not packaged by Debian, so this test needs a pyhf source tree: {@code
 * -Dquarry.pyhf.src=DIR} or {@code PYHF_SRC=DIR}, where DIR holds the {@code pyhf} package (the
 * {@code src} folder of a checkout, with a {@code pyhf/_version.py} such as {@code version =
 * "0.7.6"}, which a git checkout lacks), and Debian's python3-numpy, -scipy, -jsonschema,
 * -jsonpatch, -click, -tqdm, -yaml and -rich. Without them it skips with a message even under CI:
 * the one documented exception to {@code testkit}'s CI rule, because pyhf cannot come from Debian.
 * Quarry's own check of the same rows, against a precise SciPy minimum, is {@link
 * HistFactoryMinimumPeerTest} and runs everywhere.
 */
class PyhfTightMinimizerPeerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<PyhfValidationReferenceTest.Case> cases() throws Exception {
        return PyhfValidationReferenceTest.cases()
                .map(a -> (PyhfValidationReferenceTest.Case) a.get()[0])
                .filter(
                        c ->
                                c.id().equals("1bin_shapesys_q0_mu0")
                                        || c.id().equals("2bin_2channel_couplednorm_mu1"));
    }

    private static Path pyhfSource() {
        String dir = System.getProperty("quarry.pyhf.src", System.getenv("PYHF_SRC"));
        assumeTrue(
                dir != null && Files.isDirectory(Path.of(dir)),
                "no pyhf source tree (-Dquarry.pyhf.src or PYHF_SRC; pyhf is not in Debian);"
                        + " skipping, also under CI");
        return Path.of(dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pyhfWithATighterMinimiserMovesToQuarrysValue(PyhfValidationReferenceTest.Case c)
            throws Exception {
        Path src = pyhfSource();
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(
                Requirements.imports(python, "pyhf", src),
                "'import pyhf' fails with PYTHONPATH="
                        + src
                        + " (see the class comment); skipping");
        Model model = PyhfValidationReferenceTest.load(c);
        HypoTestResult r =
                new AsymptoticCalculator(Fitter.of(model), TestStatistic.parse(c.testStat()))
                        .hypotest(c.mu(), model.observedData());
        JsonNode peer =
                JSON.readTree(
                        PeerScripts.run(
                                python,
                                Map.of("PYTHONPATH", src.toString()),
                                PyhfTightMinimizerPeerTest.class,
                                "pyhf_tight.py",
                                c.workspace().toString(),
                                c.testStat(),
                                String.valueOf(c.mu()),
                                "{\"normsys\": {\"interpcode\": \"code1\"}}",
                                "1e-14"));
        double[] quarry = new double[6];
        quarry[0] = r.clsObserved();
        System.arraycopy(r.clsExpected(), 0, quarry, 1, 5);
        double[] loose = values(peer.get("default"));
        double[] tight = values(peer.get("tight"));
        System.out.printf(
                "PYHF %s quarry %s%n  pyhf default %s%n  pyhf tight   %s%n",
                c.id(),
                java.util.Arrays.toString(quarry),
                java.util.Arrays.toString(loose),
                java.util.Arrays.toString(tight));
        for (int k = 0; k < 6; k++) {
            String what = c.id() + (k == 0 ? " obs" : " exp[" + (k - 1) + "]");
            // With the tight tolerance pyhf lands on Quarry's value; 2e-5 relative is 10x below
            // the distances the validation table had to allow (1.2e-4, 3.3e-4).
            Tolerance.assertRelative(tight[k], quarry[k], 2e-5, what + ", pyhf at tol 1e-14");
        }
        // And it moved there: for exp[0], the number both rows loosen, pyhf's default is more
        // than ten times further away.
        double before = Math.abs(loose[1] / quarry[1] - 1);
        double after = Math.abs(tight[1] / quarry[1] - 1);
        assertTrue(
                after < before / 10,
                c.id() + " exp[0]: pyhf moves toward Quarry, " + before + " -> " + after);
    }

    private static double[] values(JsonNode n) {
        double[] v = new double[6];
        v[0] = n.get("cls_obs").asDouble();
        for (int i = 0; i < 5; i++) {
            v[i + 1] = n.get("cls_exp").get(i).asDouble();
        }
        return v;
    }
}
