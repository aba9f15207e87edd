package org.quarryhep.analysis;

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

/** Builds reconstructed events by hand for the tests. */
final class Events {
    private final List<Lepton> electrons = new ArrayList<>();
    private final List<Lepton> muons = new ArrayList<>();
    private final List<RecoJet> jets = new ArrayList<>();
    private final List<TauJet> taus = new ArrayList<>();
    private final List<Photon> photons = new ArrayList<>();
    private final List<SecondaryVertex> vertices = new ArrayList<>();
    private double metX;
    private double metY;
    private double weight = 1;

    static Events event() {
        return new Events();
    }

    Events muon(double pt, double eta, double phi, int charge) {
        muons.add(new Lepton(FourMomentum.ofPtEtaPhiM(pt, eta, phi, 0.10566), charge, 0.01, 0, 0));
        return this;
    }

    Events muon(double pt, double eta, double phi, int charge, double isolation, double d0Mm) {
        muons.add(
                new Lepton(
                        FourMomentum.ofPtEtaPhiM(pt, eta, phi, 0.10566),
                        charge,
                        isolation,
                        d0Mm,
                        0));
        return this;
    }

    Events electron(double pt, double eta, double phi, int charge) {
        electrons.add(
                new Lepton(FourMomentum.ofPtEtaPhiM(pt, eta, phi, 0.000511), charge, 0.01, 0, 0));
        return this;
    }

    Events jet(double pt, double eta, double phi, boolean b) {
        jets.add(new RecoJet(FourMomentum.ofPtEtaPhiM(pt, eta, phi, 5), b, false, b ? 5 : 0, 10));
        return this;
    }

    Events jet(FourMomentum p) {
        jets.add(new RecoJet(p, false, false, 0, 10));
        return this;
    }

    Events muon(FourMomentum p, int charge) {
        muons.add(new Lepton(p, charge, 0.01, 0, 0));
        return this;
    }

    Events electron(FourMomentum p, int charge) {
        electrons.add(new Lepton(p, charge, 0.01, 0, 0));
        return this;
    }

    Events photon(double pt, double eta, double phi) {
        photons.add(new Photon(FourMomentum.ofPtEtaPhiM(pt, eta, phi, 0), 0.01));
        return this;
    }

    /** A vertex at rest in the lab (its four-momentum is (0, 0, 0, mass)). */
    Events vertex(double dxyMm, int tracks, double mass) {
        return vertex(dxyMm, tracks, new FourMomentum(0, 0, 0, mass));
    }

    Events vertex(double dxyMm, int tracks, FourMomentum p) {
        vertices.add(new SecondaryVertex(dxyMm, 0, 0, dxyMm, tracks, p, 0, 0));
        return this;
    }

    Events met(double x, double y) {
        metX = x;
        metY = y;
        return this;
    }

    Events weight(double w) {
        weight = w;
        return this;
    }

    ReconstructedEvent build() {
        sortByPt();
        return new ReconstructedEvent(
                0,
                new double[] {weight},
                0,
                electrons,
                muons,
                photons,
                taus,
                jets,
                new MissingEt(metX, metY, 0),
                vertices);
    }

    private void sortByPt() {
        electrons.sort((a, b) -> Double.compare(b.momentum().pt(), a.momentum().pt()));
        muons.sort((a, b) -> Double.compare(b.momentum().pt(), a.momentum().pt()));
        jets.sort((a, b) -> Double.compare(b.momentum().pt(), a.momentum().pt()));
        photons.sort((a, b) -> Double.compare(b.momentum().pt(), a.momentum().pt()));
    }
}
