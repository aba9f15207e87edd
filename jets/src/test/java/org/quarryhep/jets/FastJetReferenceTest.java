package org.quarryhep.jets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Kinematics;
import org.quarryhep.testkit.ReferenceData;
import org.quarryhep.testkit.Requirements;
import org.quarryhep.testkit.Tolerance;

/**
 * Jets identical to FastJet's on real hadron-level events: the final-state particles of the shared
 * HepMC3 samples are clustered by Quarry and by FastJet 3 (Debian's {@code libfastjet-dev}, through
 * {@code src/test/cpp/fastjet_peer.cc}); every jet must have the same constituents and pT, y, η, φ
 * within 1e-9 relative (the tolerance), and the exclusive d_merge values likewise.
 */
class FastJetReferenceTest {
    /** Relative tolerance required by issue 7 for pT, η, φ. */
    private static final double REL = 1e-9;

    /** Absolute floor for angles that are themselves near zero. */
    private static final double ABS = 1e-12;

    static Stream<Arguments> samples() {
        return Stream.of(
                // Pythia 8 pp 14 TeV Z+jet, 25 events, 129–619 final-state particles.
                Arguments.of("events/hepmc/sk_example_HS.hepmc.gz", 0),
                // Pythia 8 e+e- 250 GeV, 100 events (pp algorithms applied to e+e- final states).
                Arguments.of("events/hepmc/events.eeH.hepmc3.gz", 0),
                // HS events each overlaid with 20 minimum-bias events: 1 500–5 000 particles.
                Arguments.of("events/hepmc/sk_example_HS.hepmc.gz", 20),
                // Synthetic events with the conventions' edge cases (RandomEvents.withEdgeCases).
                Arguments.of("synthetic", 0),
                // MadGraph 5 pp → jj, 1 000 parton-level events: two partons with exactly opposite
                // pT, so kt's last two beam distances tie to the bit (N2Plain's tie order).
                Arguments.of("events/lhe/pylhe-testfile-madgraph5-3.5.8-pp_to_jj.lhe.gz", 0),
                // Pythia 6 tt̄ with decays, 100 events of 6–8 outgoing particles.
                Arguments.of("events/lhe/pylhe-testfile-pythia-6.413-ttbar.lhe", 0));
    }

    @ParameterizedTest(name = "{0} with {1} pile-up events")
    @MethodSource("samples")
    void jetsMatchFastJet(String sample, int pileUp) throws IOException, InterruptedException {
        Map<String, List<FourMomentum>> input = new LinkedHashMap<>();
        if (sample.equals("synthetic")) {
            for (int k = 0; k < 20; k++) {
                input.put("synthetic" + k, RandomEvents.withEdgeCases(1000 + k, 10 * k));
            }
        } else if (sample.contains("/lhe/")) {
            List<List<FourMomentum>> events = LheParticles.read(ReferenceData.require(sample));
            for (int k = 0; k < events.size(); k++) {
                input.put("lhe" + k, events.get(k));
            }
        } else if (pileUp == 0) {
            List<HepMcParticles.FinalState> events =
                    HepMcParticles.read(ReferenceData.require(sample));
            for (HepMcParticles.FinalState ev : events) {
                input.put(Integer.toString(ev.eventNumber()), ev.momenta());
            }
        } else {
            List<HepMcParticles.FinalState> events =
                    HepMcParticles.read(ReferenceData.require(sample));
            List<HepMcParticles.FinalState> pu =
                    HepMcParticles.read(
                            ReferenceData.require("events/hepmc/sk_example_PU.hepmc.gz"));
            for (int k = 0; k < 5; k++) {
                List<FourMomentum> all = new ArrayList<>(events.get(k).momenta());
                for (int m = 0; m < pileUp; m++) {
                    all.addAll(pu.get((k * pileUp + m) % pu.size()).momenta());
                }
                input.put("overlay" + k, all);
            }
        }
        compareWithFastJet(input, Paths.get(sample).getFileName() + "-" + pileUp);
    }

    /**
     * Heavy validation (-Pvalidation): all 100 minimum-bias events of the pile-up sample, and five
     * hard-scatter events each overlaid with 30 of them (about 18 000 particles, the heap-based
     * search), against FastJet.
     */
    @Test
    void pileUpSampleAndLargeOverlaysMatchFastJet() throws IOException, InterruptedException {
        Requirements.validationProfile();
        List<HepMcParticles.FinalState> hs =
                HepMcParticles.read(ReferenceData.require("events/hepmc/sk_example_HS.hepmc.gz"));
        List<HepMcParticles.FinalState> pu =
                HepMcParticles.read(ReferenceData.require("events/hepmc/sk_example_PU.hepmc.gz"));
        Map<String, List<FourMomentum>> input = new LinkedHashMap<>();
        for (HepMcParticles.FinalState ev : pu) {
            input.put("pu" + ev.eventNumber(), ev.momenta());
        }
        for (int k = 0; k < 5; k++) {
            List<FourMomentum> all = new ArrayList<>(hs.get(k).momenta());
            for (int m = 0; m < 30; m++) {
                all.addAll(pu.get((k * 30 + m) % pu.size()).momenta());
            }
            input.put("big" + k, all);
        }
        compareWithFastJet(input, "validation");
    }

    private static void compareWithFastJet(Map<String, List<FourMomentum>> input, String name)
            throws IOException, InterruptedException {
        FastJetPeer.binary();
        Path text = Paths.get("target", "peer", name + ".txt");
        FastJetPeer.Output fj = FastJetPeer.run("jets", FastJetPeer.writeEvents(input, text), 0);
        assertEquals(input.keySet(), fj.jets().keySet(), "events seen by FastJet");

        int compared = 0;
        for (Map.Entry<String, List<FourMomentum>> ev : input.entrySet()) {
            Map<String, List<FastJetPeer.PeerJet>> fjJets = fj.jets().get(ev.getKey());
            Map<String, Double> fjDmerge = fj.dmerge().get(ev.getKey());
            for (JetAlgorithm alg : JetAlgorithm.values()) {
                for (double r : new double[] {0.4, 1.0}) {
                    String tag = tag(alg, r);
                    ClusterSequence cs =
                            ClusterSequence.of(ev.getValue(), JetDefinition.of(alg, r));
                    String where = ev.getKey() + " " + tag;
                    assertEquals(fj.descriptions().get(tag), cs.definition().description(), tag);
                    compared +=
                            compare(
                                    where,
                                    fjJets.getOrDefault(tag, List.of()),
                                    cs.inclusiveJets(5.0));
                    compared +=
                            compare(
                                    where + " ptmin 0",
                                    fjJets.getOrDefault(tag + "_all", List.of()),
                                    cs.inclusiveJets(0.0));
                    if (alg == JetAlgorithm.ANTI_KT) {
                        continue;
                    }
                    for (int n = 1; n <= 4 && n <= ev.getValue().size(); n++) {
                        double expectedD = fjDmerge.get(tag + "_" + n);
                        Tolerance.assertClose(
                                expectedD,
                                cs.exclusiveDmerge(n),
                                REL,
                                0,
                                where + " dmerge(" + n + ")");
                        // Cambridge/Aachen beam merges all sit at d = 1, and FastJet's own
                        // strategies order these ties differently (N2Plain, N2Tiled and
                        // N2MinHeapTiled give three different exclusive_jets(1) on synthetic9),
                        // so exclusive C/A jets are compared only before any beam merge.
                        if (alg == JetAlgorithm.CAMBRIDGE_AACHEN && expectedD >= 1 - 1e-12) {
                            continue;
                        }
                        compared +=
                                compare(
                                        where + " exclusive " + n,
                                        fjJets.getOrDefault(tag + "_excl" + n, List.of()),
                                        cs.exclusiveJets(n));
                    }
                    if (alg == JetAlgorithm.KT) {
                        compared +=
                                compare(
                                        where + " dcut 100",
                                        fjJets.getOrDefault(tag + "_dcut100", List.of()),
                                        cs.exclusiveJetsUpToDcut(100.0));
                    }
                }
            }
        }
        assertTrue(compared > 100, "only " + compared + " jets compared");
    }

    private static String tag(JetAlgorithm alg, double r) {
        String name =
                switch (alg) {
                    case KT -> "kt";
                    case CAMBRIDGE_AACHEN -> "ca";
                    case ANTI_KT -> "antikt";
                };
        return name + "_R" + (r == 1.0 ? "1" : Double.toString(r));
    }

    /** Compares jets matched by constituent set; returns the number compared. */
    private static int compare(String where, List<FastJetPeer.PeerJet> expected, List<Jet> actual) {
        assertEquals(expected.size(), actual.size(), where + ": number of jets");
        Map<List<Integer>, Jet> byConstituents = new HashMap<>();
        for (Jet j : actual) {
            byConstituents.put(j.constituents(), j);
        }
        for (FastJetPeer.PeerJet e : expected) {
            Jet a = byConstituents.get(e.constituents());
            assertTrue(
                    a != null,
                    where + ": no Quarry jet with FastJet's constituents " + e.constituents());
            Tolerance.assertClose(e.pt(), a.pt(), REL, 0, where + " pt");
            Tolerance.assertClose(e.rap(), a.rapidity(), REL, ABS, where + " rapidity");
            if (e.pt() > 0) {
                // For pT = 0, η is a convention: FastJet gives +1e5 whatever the sign of pz,
                // core ±(1e5 + |pz|) (FourMomentum's class comment).
                Tolerance.assertClose(e.eta(), a.eta(), REL, ABS, where + " eta");
            }
            // FastJet's φ is in [0, 2π), Quarry's in [−π, π): compare the wrapped difference.
            double dphi = Kinematics.deltaPhi(a.phi(), e.phi());
            Tolerance.assertClose(
                    0.0, dphi, 0, Math.max(ABS, REL * Math.abs(e.phi())), where + " phi");
            Tolerance.assertClose(e.e(), a.momentum().e(), REL, 0, where + " E");
        }
        return expected.size();
    }
}
