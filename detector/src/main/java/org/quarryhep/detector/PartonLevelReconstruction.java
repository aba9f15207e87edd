package org.quarryhep.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.detector.card.DetectorCard;

/**
 * The parton-level chain for LHE input, where there is no shower or hadronisation: each final quark
 * or gluon becomes one jet through a parametrised response (pT smeared log-normally with σ/pT =
 * √(N²/pT² + S²/pT + C²), direction kept, flavour = the parton's), τ leptons become τ-flavoured
 * jets the same way (the leptonic branching fraction and the neutrinos' share are ignored),
 * electrons and muons take the tracking and identification efficiencies and the track resolution,
 * photons the ECAL resolution and photon efficiency. Isolation is computed against the other
 * visible final-state particles. Missing transverse momentum is minus the vector sum of all
 * reconstructed objects. Pile-up, impact parameters and displaced vertices need a hadron-level
 * record and are not simulated here.
 */
final class PartonLevelReconstruction {
    private final DetectorCard card;

    PartonLevelReconstruction(DetectorCard card) {
        this.card = card;
    }

    Reconstruction.Result reconstruct(Event event, SplittableRandom rng) {
        List<Candidate> visible = new ArrayList<>();
        for (Particle p : event.particles()) {
            if (p.isFinal()
                    && !PdgTable.isInvisible(p.pdgId())
                    && !PdgTable.isNeutrino(p.pdgId())
                    && p.pt() > 0) {
                visible.add(Candidate.tower(p.momentum(), p.pdgId()));
            }
        }
        List<Lepton> electrons = new ArrayList<>();
        List<Lepton> muons = new ArrayList<>();
        List<Photon> photons = new ArrayList<>();
        List<RecoJet> jets = new ArrayList<>();
        List<TauJet> taus = new ArrayList<>();
        List<Reconstruction.Parton> partons = Reconstruction.partons(event, card.bTagging());
        DetectorCard.Tracking t = card.tracking();
        for (int i = 0; i < visible.size(); i++) {
            FourMomentum p = visible.get(i).momentum;
            int pdg = visible.get(i).pdgId;
            int a = Math.abs(pdg);
            double eta = p.eta();
            double pt = p.pt();
            if (a == 11 || a == 13) {
                DetectorCard.Efficiency trackEff =
                        a == 11 ? t.electronEfficiency() : t.muonEfficiency();
                DetectorCard.ObjectId id = a == 11 ? card.electron() : card.muon();
                if (Math.abs(eta) > t.etaMax()
                        || !RandomDraws.pass(rng, trackEff.at(eta, pt))
                        || !RandomDraws.pass(rng, id.efficiency().at(eta, pt))) {
                    continue;
                }
                DetectorCard.Resolution res = a == 11 ? t.electronResolution() : t.muonResolution();
                double smeared = RandomDraws.logNormal(rng, pt, pt * res.relative(eta, pt));
                if (!(smeared > 0)) {
                    continue;
                }
                double iso = Reconstruction.isolation(p, i, visible, id.isolation());
                if (iso <= id.isolation().ratioMax()) {
                    Lepton l = new Lepton(p.times(smeared / pt), pdg > 0 ? -1 : 1, iso, 0, 0);
                    (a == 11 ? electrons : muons).add(l);
                }
            } else if (a == 22) {
                DetectorCard.CaloRegion r = card.ecal().region(eta);
                if (r == null) {
                    continue;
                }
                double e = RandomDraws.logNormal(rng, p.e(), r.sigma(p.e(), eta));
                if (!(e > 0) || !RandomDraws.pass(rng, card.photon().efficiency().at(eta, pt))) {
                    continue;
                }
                double iso = Reconstruction.isolation(p, i, visible, card.photon().isolation());
                if (iso <= card.photon().isolation().ratioMax()) {
                    photons.add(new Photon(p.times(e / p.e()), iso));
                }
            } else if (a >= 1 && a <= 5 || a == 21 || a == 15) {
                double smeared = RandomDraws.logNormal(rng, pt, pt * card.jets().responseSigma(pt));
                if (!(smeared > card.jets().ptMin()) || Math.abs(eta) > card.jets().etaMax()) {
                    continue;
                }
                FourMomentum j = p.times(smeared / pt);
                List<Reconstruction.Tau> tau =
                        a == 15 ? List.of(new Reconstruction.Tau(p, 1)) : List.of();
                List<Reconstruction.Parton> flavour = a == 15 ? List.of() : partons;
                Reconstruction.TaggedJet tag =
                        Reconstruction.tag(card, j, a == 15 ? 1 : 2, flavour, tau, rng);
                jets.add(new RecoJet(j, tag.bTagged(), tag.tauTagged(), tag.flavour(), 1));
                if (tag.tauTagged()) {
                    taus.add(new TauJet(j, a == 15 ? (pdg > 0 ? -1 : 1) : 0, 1));
                }
            }
        }
        double mx = 0;
        double my = 0;
        double sumEt = 0;
        List<FourMomentum> objects = new ArrayList<>();
        electrons.forEach(l -> objects.add(l.momentum()));
        muons.forEach(l -> objects.add(l.momentum()));
        photons.forEach(g -> objects.add(g.momentum()));
        jets.forEach(j -> objects.add(j.momentum()));
        for (FourMomentum o : objects) {
            mx -= o.px();
            my -= o.py();
            sumEt += o.pt();
        }
        ReconstructedEvent reco =
                Reconstruction.event(
                        event,
                        0,
                        electrons,
                        muons,
                        photons,
                        taus,
                        jets,
                        new MissingEt(mx, my, sumEt),
                        List.of());
        Reconstruction.Counts counts = new Reconstruction.Counts();
        counts.truth(event, reco, List.of());
        return new Reconstruction.Result(reco, counts);
    }
}
