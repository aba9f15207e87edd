package org.quarryhep.detector.format;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.detector.Lepton;
import org.quarryhep.detector.MissingEt;
import org.quarryhep.detector.Photon;
import org.quarryhep.detector.RecoJet;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.SecondaryVertex;
import org.quarryhep.detector.TauJet;

/** Maps the objects of an event to rows of the schema's collections and back. */
final class Rows {
    private Rows() {}

    /**
     * The rows of collection {@code c} (index into {@link ColumnarFormat#SCHEMA}) for one event.
     */
    static List<double[]> of(ReconstructedEvent e, int c) {
        List<double[]> out = new ArrayList<>();
        switch (c) {
            case 0 ->
                    out.add(
                            new double[] {
                                e.number(),
                                e.pileupInteractions(),
                                e.met().x(),
                                e.met().y(),
                                e.met().sumEt()
                            });
            case 1 -> {
                for (double w : e.weights()) {
                    out.add(new double[] {w});
                }
            }
            case 2, 3 -> {
                for (Lepton l : c == 2 ? e.electrons() : e.muons()) {
                    FourMomentum p = l.momentum();
                    out.add(
                            new double[] {
                                p.px(),
                                p.py(),
                                p.pz(),
                                p.e(),
                                l.charge(),
                                l.isolation(),
                                l.d0Mm(),
                                l.z0Mm()
                            });
                }
            }
            case 4 -> {
                for (Photon g : e.photons()) {
                    FourMomentum p = g.momentum();
                    out.add(new double[] {p.px(), p.py(), p.pz(), p.e(), g.isolation()});
                }
            }
            case 5 -> {
                for (TauJet t : e.taus()) {
                    FourMomentum p = t.momentum();
                    out.add(new double[] {p.px(), p.py(), p.pz(), p.e(), t.charge(), t.prongs()});
                }
            }
            case 6 -> {
                for (RecoJet j : e.jets()) {
                    FourMomentum p = j.momentum();
                    out.add(
                            new double[] {
                                p.px(),
                                p.py(),
                                p.pz(),
                                p.e(),
                                j.bTagged() ? 1 : 0,
                                j.tauTagged() ? 1 : 0,
                                j.flavour(),
                                j.constituents()
                            });
                }
            }
            case 7 -> {
                for (SecondaryVertex v : e.vertices()) {
                    out.add(
                            new double[] {
                                v.xMm(),
                                v.yMm(),
                                v.zMm(),
                                v.dxyMm(),
                                v.tracks(),
                                v.momentum().px(),
                                v.momentum().py(),
                                v.momentum().pz(),
                                v.momentum().e(),
                                v.leptonPdgId(),
                                v.leptonPt()
                            });
                }
            }
            default -> throw new IllegalArgumentException("no collection " + c);
        }
        return out;
    }

    /** Rebuilds an event from its rows, one list per collection. */
    static ReconstructedEvent event(List<List<double[]>> rows) {
        double[] ev = rows.get(0).get(0);
        double[] weights = new double[rows.get(1).size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rows.get(1).get(i)[0];
        }
        List<Lepton> electrons = leptons(rows.get(2));
        List<Lepton> muons = leptons(rows.get(3));
        List<Photon> photons = new ArrayList<>();
        for (double[] r : rows.get(4)) {
            photons.add(new Photon(p4(r), r[4]));
        }
        List<TauJet> taus = new ArrayList<>();
        for (double[] r : rows.get(5)) {
            taus.add(new TauJet(p4(r), (int) r[4], (int) r[5]));
        }
        List<RecoJet> jets = new ArrayList<>();
        for (double[] r : rows.get(6)) {
            jets.add(new RecoJet(p4(r), r[4] != 0, r[5] != 0, (int) r[6], (int) r[7]));
        }
        List<SecondaryVertex> vertices = new ArrayList<>();
        for (double[] r : rows.get(7)) {
            vertices.add(
                    new SecondaryVertex(
                            r[0],
                            r[1],
                            r[2],
                            r[3],
                            (int) r[4],
                            new FourMomentum(r[5], r[6], r[7], r[8]),
                            (int) r[9],
                            r[10]));
        }
        return new ReconstructedEvent(
                (long) ev[0],
                weights,
                (int) ev[1],
                electrons,
                muons,
                photons,
                taus,
                jets,
                new MissingEt(ev[2], ev[3], ev[4]),
                vertices);
    }

    private static List<Lepton> leptons(List<double[]> rows) {
        List<Lepton> out = new ArrayList<>();
        for (double[] r : rows) {
            out.add(new Lepton(p4(r), (int) r[4], r[5], r[6], r[7]));
        }
        return out;
    }

    private static FourMomentum p4(double[] r) {
        return new FourMomentum(r[0], r[1], r[2], r[3]);
    }
}
