package org.quarryhep.merging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.ShowerRun;
import org.quarryhep.shower.Tune;
import org.quarryhep.shower.parton.BeamSetup;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Requirements;

/**
 * Quarry's matching applied to MadGraph's own MLM sample: the shared MadGraph 2.2.1 p p → Z + 0, 1,
 * 2 partons file (7 TeV, {@code ickkw = 1}, xqcut = 10 GeV, MadGraph's CKKW weights and scales; 10
 * 000 unweighted events), showered by Quarry and matched at qcut = 15 GeV. With MadGraph's matrix
 * elements and scales the only Quarry parts are the shower and the matching, so a smooth √d₀₁ and
 * √d₁₂ across qcut tests those two alone (same criterion and tolerance as {@link
 * MergingValidationTest}: 20 % plus three MC errors). Heavy: {@code -Pvalidation}.
 */
class MadGraphMlmSampleTest {
    private static final double QCUT = 15;
    private static final int HIGHEST = 2;

    /**
     * The file's SCALUP is MadGraph's fixed 91.188 GeV for every multiplicity; the shower starts
     * instead at the softest k_T of the event's clustering, as {@link MlmMerging} does for its own
     * samples, so that it fills the phase space below the matrix-element partons.
     */
    private static Event startAtSoftestScale(Event e) {
        double softest = e.scale();
        for (double s : PartonClustering.scales(CkkwScales.lightPartons(e))) {
            softest = Math.min(softest, s);
        }
        return e.toBuilder().optScale(softest).build();
    }

    @Test
    void madGraphSampleMatchedByQuarryHasSmoothJetRates() {
        Requirements.validationProfile();
        Path file = ReferenceData.require("events/lhe/pylhe-testfile-madgraph-2.2.1-Z-mlm.lhe.gz");
        List<Event> events = new ArrayList<>();
        try (EventReader in = EventReaders.open(file)) {
            while (in.hasNext()) {
                events.add(startAtSoftestScale(in.next()));
            }
        }
        ShowerChain chain =
                ShowerChain.of(Tune.defaults())
                        .withHadronization(false)
                        .withBeams(new BeamSetup(2212, 3500, 2212, 3500));
        MlmMatching mlm = new MlmMatching(QCUT, MergingSettings.DEFAULT_ETA_MAX);
        JetRateJump d01 = new JetRateJump(QCUT, 0);
        JetRateJump d12 = new JetRateJump(QCUT, 1);
        long[] kept = new long[HIGHEST + 1];
        long[] all = new long[HIGHEST + 1];
        int[] k = {0};
        new ShowerRun(chain, 3, 2, false)
                .run(
                        events.iterator(),
                        showered -> {
                            Event me = events.get(k[0]++);
                            List<FourMomentum> partons = CkkwScales.lightPartons(me);
                            int n = partons.size();
                            all[n]++;
                            double softest = Double.POSITIVE_INFINITY;
                            for (double s : PartonClustering.scales(partons)) {
                                softest = Math.min(softest, s);
                            }
                            if (mlm.match(
                                            partons,
                                            MlmMerging.finalPartons(showered),
                                            n == HIGHEST,
                                            softest)
                                    .accepted()) {
                                kept[n]++;
                                d01.fill(showered, me.weight());
                                d12.fill(showered, me.weight());
                            }
                        },
                        done -> {});
        System.out.printf(
                Locale.ROOT,
                "MadGraph 2.2.1 MLM Z sample matched at qcut %.0f: kept %s of %s%n%s%n%s%n",
                QCUT,
                java.util.Arrays.toString(kept),
                java.util.Arrays.toString(all),
                d01,
                d12);
        for (JetRateJump j : List.of(d01, d12)) {
            assertTrue(
                    Math.abs(Math.log(j.jump())) < Math.log(1.2) + 3 * j.lnError(), j.toString());
        }
    }
}
