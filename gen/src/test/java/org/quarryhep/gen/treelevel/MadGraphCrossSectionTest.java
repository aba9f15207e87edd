package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Requirements;

/**
 * Validation profile: {@code p p > j j} at 13 TeV against MadGraph5_aMC 3.5.8, whose σ ± δσ is the
 * {@code <init>} line of the shared LHE file {@code
 * events/lhe/pylhe-testfile-madgraph5-3.5.8-pp_to_jj.lhe.gz} (run card in its header: nn23lo1 =
 * LHAPDF 247000, the PDF Quarry uses by default; ptj = 20, etaj = 5, drjj = 0.4; 4-flavour jets;
 * dynamical_scale_choice = −1, which for a massless 2 → 2 core is the jets' p_T, as Quarry's {@code
 * auto}), and MadGraph's two-loop α_s running ({@link AlphaSRunning#MADGRAPH}). Tolerance: 5
 * combined standard errors (MadGraph's δσ = 0.6 % and Quarry's ≈ 0.9 %). With the PDF set's
 * one-loop α_s Quarry gave 6.79e8 ± 0.06e8 pb, 2.8 σ below: {@code MadGraphDijetEventTest} shows on
 * MadGraph's own events that the scales agree and the couplings differ by ⟨(α_MG/α_PDF)²⟩ = 1.030.
 */
class MadGraphCrossSectionTest {
    @Test
    void dijetsAgreeWithMadGraph() throws IOException {
        Requirements.validationProfile();
        Path lhe =
                ReferenceData.require("events/lhe/pylhe-testfile-madgraph5-3.5.8-pp_to_jj.lhe.gz");
        double[] reference = initCrossSection(lhe);
        PdfSet pdf = PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
        AmplitudeModel model = AmplitudeModel.madgraphDefaults();
        GeneratorCuts cuts = TreeLevelProcesses.cuts(Map.of("ptj", 20.0, "etaj", 5.0, "drjj", 0.4));
        TreeLevelProcess p =
                new TreeLevelProcess("p p > j j", model, cuts, false, AlphaSRunning.MADGRAPH);
        Collider c = new Collider(13000, pdf, ScaleChoice.parse("auto"), model.sm(), cuts);
        IntegrationResult r =
                new EventGenerator(
                                p,
                                c,
                                GeneratorSettings.defaults(11).withPoints(20_000).withThreads(2),
                                1)
                        .integrate(ProgressListener.NONE)
                        .integration();
        double error = Math.hypot(r.errorPb(), reference[1]);
        assertEquals(reference[0], r.crossSectionPb(), 5 * error);
    }

    /** σ and δσ from the first process line of the LHE {@code <init>} block. */
    private static double[] initCrossSection(Path lhe) throws IOException {
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(lhe)),
                                StandardCharsets.US_ASCII))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.strip().startsWith("<init>")) {
                    in.readLine();
                    String[] f = in.readLine().strip().split("\\s+");
                    return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
                }
            }
        }
        throw new IOException(lhe + ": no <init> block");
    }
}
