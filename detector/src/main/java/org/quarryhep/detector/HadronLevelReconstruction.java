package org.quarryhep.detector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Kinematics;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.core.Position;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.Jet;
import org.quarryhep.jets.JetAlgorithm;
import org.quarryhep.jets.JetDefinition;

/**
 * The hadron-level chain, after Delphes: stable particles → tracks (efficiency, pT smearing, impact
 * parameters) and calorimeter towers (energy smearing) → particle-flow candidates → isolated
 * leptons and photons, anti-kt jets with energy scale and b/τ tags, missing transverse momentum,
 * displaced vertices. Particle-flow simplification: the calorimeter deposit of a tracked charged
 * particle is taken as perfectly subtracted, so charged particles enter once, through their track;
 * untracked charged particles deposit like neutral ones.
 */
final class HadronLevelReconstruction {
    private static final double PION_MASS = 0.13957039;

    /** Marks a pile-up track removed by charged-hadron subtraction. */
    private static final Candidate SUBTRACTED = Candidate.tower(FourMomentum.ZERO, 0);

    private final DetectorCard card;
    private final List<PileupEvent> pileupPool;
    private final JetDefinition jetDefinition;

    /**
     * A stable particle with the quantities every step needs, computed once (pile-up events are
     * reused many times).
     */
    record Stable(
            Particle particle,
            Position production,
            int threeCharge,
            boolean invisible,
            double pt,
            double eta,
            double phi) {
        static Stable of(Particle p, Position production) {
            int id = p.pdgId();
            FourMomentum m = p.momentum();
            return new Stable(
                    p,
                    production,
                    PdgTable.threeCharge(id).orElse(0),
                    PdgTable.isInvisible(id) || PdgTable.isNeutrino(id),
                    m.pt(),
                    m.eta(),
                    m.phi());
        }
    }

    /** A minimum-bias event's stable visible particles. */
    record PileupEvent(List<Stable> particles) {}

    HadronLevelReconstruction(DetectorCard card, List<PileupEvent> pileupPool) {
        this.card = card;
        this.pileupPool = pileupPool;
        this.jetDefinition =
                JetDefinition.of(
                        JetAlgorithm.fromName(card.jets().algorithm()), card.jets().radius());
    }

    /** A stable particle entering the detector. */
    private record Input(Stable stable, Position production, int genIndex, boolean pileup) {}

    /** The isolated leptons and photons, and which candidates they used. */
    private record IsolatedObjects(
            List<Lepton> electrons, List<Lepton> muons, List<Photon> photons, boolean[] used) {}

    /** The jets, the τ-tagged ones among them, and the visible generator τs. */
    private record JetObjects(
            List<RecoJet> jets, List<TauJet> tauJets, List<Reconstruction.Tau> taus) {}

    /**
     * Reconstructs one event. The steps draw from {@code rng} in a fixed order (pile-up, tracks and
     * towers, lepton identification, photon efficiency, jet tagging), which the output's
     * independence of the thread count relies on.
     */
    Reconstruction.Result reconstruct(Event event, SplittableRandom rng) {
        Position pv =
                event.vertices().isEmpty() ? Position.ORIGIN : event.vertices().get(0).position();
        List<Input> inputs = new ArrayList<>();
        List<Particle> ps = event.particles();
        for (int i = 0; i < ps.size(); i++) {
            Particle p = ps.get(i);
            if (p.isFinal()) {
                Position x = productionPoint(event, p);
                inputs.add(new Input(Stable.of(p, x), x, i, false));
            }
        }
        int nPileup = addPileup(inputs, rng);
        List<Candidate> candidates = new ArrayList<>();
        int firstTower = tracksAndTowers(inputs, pv, rng, candidates);
        identifyLeptons(candidates, rng);
        IsolatedObjects isolated = isolatedObjects(candidates, firstTower, rng);
        JetObjects jets = jets(event, candidates, isolated.used(), rng);
        double mx = 0;
        double my = 0;
        double sumEt = 0;
        for (Candidate c : candidates) {
            mx -= c.momentum.px();
            my -= c.momentum.py();
            sumEt += c.momentum.pt();
        }
        List<SecondaryVertex> vertices = secondaryVertices(candidates, pv);
        ReconstructedEvent reco =
                Reconstruction.event(
                        event,
                        nPileup,
                        isolated.electrons(),
                        isolated.muons(),
                        isolated.photons(),
                        jets.tauJets(),
                        jets.jets(),
                        new MissingEt(mx, my, sumEt),
                        vertices);
        Reconstruction.Counts counts = new Reconstruction.Counts();
        counts.truth(event, reco, jets.taus());
        return new Reconstruction.Result(reco, counts);
    }

    /** Adds a Poisson number of pile-up events from the pool, shifted in z and t; their count. */
    private int addPileup(List<Input> inputs, SplittableRandom rng) {
        int nPileup = 0;
        double mu = card.pileup().meanInteractions();
        if (mu > 0 && !pileupPool.isEmpty()) {
            nPileup = RandomDraws.poisson(rng, mu);
            for (int k = 0; k < nPileup; k++) {
                PileupEvent pu = pileupPool.get(rng.nextInt(pileupPool.size()));
                double dz = card.pileup().zSpreadMm() * rng.nextGaussian();
                double dt = card.pileup().tSpreadNs() * rng.nextGaussian();
                Position shift = new Position(0, 0, dz, dt);
                for (Stable st : pu.particles()) {
                    inputs.add(new Input(st, st.production().plus(shift), -1, true));
                }
            }
        }
        return nPileup;
    }

    /**
     * Charged particles become tracks, the rest deposit in the calorimeter towers, which then emit
     * photons (ECAL) and neutral hadrons (HCAL) after the tracks; returns the first tower's index.
     */
    private int tracksAndTowers(
            List<Input> inputs, Position pv, SplittableRandom rng, List<Candidate> candidates) {
        Map<Integer, DetectorCard.EnergyFraction> fractions = new HashMap<>();
        Towers ecal = new Towers(card.ecal());
        Towers hcal = new Towers(card.hcal());
        for (Input in : inputs) {
            Stable st = in.stable();
            Particle p = st.particle();
            int pdg = p.pdgId();
            if (st.invisible()) {
                continue;
            }
            Candidate track = track(in, pv, rng);
            if (track == SUBTRACTED) {
                continue;
            }
            if (track != null) {
                candidates.add(track);
                continue;
            }
            DetectorCard.EnergyFraction f =
                    fractions.computeIfAbsent(Math.abs(pdg), card::energyFraction);
            if (f == null || !(st.pt() > 0)) {
                continue;
            }
            double e = p.momentum().e();
            double eta = st.eta();
            if (f.ecal() > 0) {
                ecal.deposit(p.momentum(), eta, f.ecal() * e);
            }
            if (f.hcal() > 0) {
                hcal.deposit(p.momentum(), eta, f.hcal() * e);
            }
        }
        int firstTower = candidates.size();
        ecal.emit(rng, 22, candidates);
        hcal.emit(rng, 130, candidates);
        return firstTower;
    }

    /**
     * Lepton identification is decided once per track: the same decision serves the lepton
     * collections and the lepton association of displaced vertices.
     */
    private void identifyLeptons(List<Candidate> candidates, SplittableRandom rng) {
        for (Candidate c : candidates) {
            int a = Math.abs(c.pdgId);
            if (c.track && (a == 11 || a == 13)) {
                DetectorCard.ObjectId id = a == 11 ? card.electron() : card.muon();
                c.identified =
                        RandomDraws.pass(
                                rng, id.efficiency().at(c.momentum.eta(), c.momentum.pt()));
            }
        }
    }

    /** Identified, isolated hard-scatter leptons and efficient, isolated tower photons. */
    private IsolatedObjects isolatedObjects(
            List<Candidate> candidates, int firstTower, SplittableRandom rng) {
        List<Lepton> electrons = new ArrayList<>();
        List<Lepton> muons = new ArrayList<>();
        List<Photon> photons = new ArrayList<>();
        boolean[] used = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int a = Math.abs(c.pdgId);
            if (c.track && c.identified && !c.pileup && (a == 11 || a == 13)) {
                DetectorCard.ObjectId id = a == 11 ? card.electron() : card.muon();
                double iso = Reconstruction.isolation(c.momentum, i, candidates, id.isolation());
                if (iso <= id.isolation().ratioMax()) {
                    Lepton l = new Lepton(c.momentum, c.charge, iso, c.d0Mm, c.z0Mm);
                    (a == 11 ? electrons : muons).add(l);
                    used[i] = true;
                }
            } else if (i >= firstTower && c.pdgId == 22) {
                double eff = card.photon().efficiency().at(c.momentum.eta(), c.momentum.pt());
                if (RandomDraws.pass(rng, eff)) {
                    double iso =
                            Reconstruction.isolation(
                                    c.momentum, i, candidates, card.photon().isolation());
                    if (iso <= card.photon().isolation().ratioMax()) {
                        photons.add(new Photon(c.momentum, iso));
                        used[i] = true;
                    }
                }
            }
        }
        return new IsolatedObjects(electrons, muons, photons, used);
    }

    /**
     * Clusters all candidates; jets containing a lepton or photon are dropped, the rest are scaled
     * by the card's response, cut in |η| and tagged (b, τ).
     */
    private JetObjects jets(
            Event event, List<Candidate> candidates, boolean[] used, SplittableRandom rng) {
        List<FourMomentum> inputsForJets = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            inputsForJets.add(c.momentum);
        }
        List<Jet> clustered =
                ClusterSequence.of(inputsForJets, jetDefinition).inclusiveJets(card.jets().ptMin());
        List<Reconstruction.Tau> taus = Reconstruction.visibleTaus(event);
        List<Reconstruction.Parton> partons = Reconstruction.partons(event, card.bTagging());
        List<RecoJet> jets = new ArrayList<>();
        List<TauJet> tauJets = new ArrayList<>();
        for (Jet j : clustered) {
            boolean overlaps = false;
            int tracks = 0;
            int charge = 0;
            for (int k : j.constituents()) {
                overlaps |= used[k];
                if (candidates.get(k).track) {
                    tracks++;
                    charge += candidates.get(k).charge;
                }
            }
            if (overlaps) {
                continue;
            }
            FourMomentum p = j.momentum();
            FourMomentum scaled = p.times(card.jets().scale(p.eta(), p.pt()));
            if (Math.abs(scaled.eta()) > card.jets().etaMax()) {
                continue;
            }
            Reconstruction.TaggedJet t =
                    Reconstruction.tag(card, scaled, tracks, partons, taus, rng);
            jets.add(
                    new RecoJet(
                            scaled, t.bTagged(), t.tauTagged(), t.flavour(), j.constituentCount()));
            if (t.tauTagged()) {
                tauJets.add(new TauJet(scaled, charge, tracks));
            }
        }
        return new JetObjects(jets, tauJets, taus);
    }

    private static Position productionPoint(Event event, Particle p) {
        int v = p.productionVertex();
        return v >= 0 && v < event.vertices().size()
                ? event.vertices().get(v).position()
                : Position.ORIGIN;
    }

    /**
     * Returns the track of a charged particle; null when it is neutral or not tracked (it then
     * reaches the calorimeters); {@link #SUBTRACTED} for a pile-up track that charged-hadron
     * subtraction removes (resolved from the primary vertex in z).
     */
    private Candidate track(Input in, Position pv, SplittableRandom rng) {
        Stable st = in.stable();
        Particle p = st.particle();
        int threeCharge = st.threeCharge();
        if (threeCharge == 0) {
            return null;
        }
        DetectorCard.Tracking t = card.tracking();
        Position x = in.production();
        double eta = st.eta();
        double pt = st.pt();
        double rho = Math.sqrt(x.x() * x.x() + x.y() * x.y());
        if (Math.abs(eta) > t.etaMax()
                || rho > t.radiusMm()
                || Math.abs(x.z()) > t.halfLengthMm()
                || !(pt > 0)) {
            return null;
        }
        int a = Math.abs(p.pdgId());
        DetectorCard.Efficiency eff =
                a == 11
                        ? t.electronEfficiency()
                        : a == 13 ? t.muonEfficiency() : t.hadronEfficiency();
        if (!RandomDraws.pass(rng, eff.at(eta, pt))) {
            return null;
        }
        DetectorCard.Pileup pu = card.pileup();
        if (in.pileup()
                && pu.chargedHadronSubtraction()
                && Math.abs(x.z() - pv.z()) > pu.vertexZResolutionMm()) {
            return SUBTRACTED;
        }
        DetectorCard.Resolution res =
                a == 11
                        ? t.electronResolution()
                        : a == 13 ? t.muonResolution() : t.hadronResolution();
        double ptSmeared = RandomDraws.logNormal(rng, pt, pt * res.relative(eta, pt));
        if (!(ptSmeared > 0)) {
            return null;
        }
        double phi = st.phi();
        FourMomentum m = FourMomentum.ofPtEtaPhiM(ptSmeared, eta, phi, Math.max(0, p.mass()));
        // Straight-line extrapolation to the point of closest approach to the beam line: for
        // decays within a few cm the helix sagitta is negligible against σ(d0).
        double d0 = x.x() * Math.sin(phi) - x.y() * Math.cos(phi);
        double s = -(x.x() * Math.cos(phi) + x.y() * Math.sin(phi));
        double z0 = x.z() + s * p.momentum().pz() / pt - pv.z();
        double sd0 = t.impactParameter().sigmaD0(pt);
        double sz0 = t.impactParameter().sigmaZ0(pt);
        return new Candidate(
                m,
                threeCharge > 0 ? 1 : -1,
                p.pdgId(),
                in.pileup() ? -1 : in.genIndex(),
                in.pileup(),
                true,
                d0 + sd0 * rng.nextGaussian(),
                z0 + sz0 * rng.nextGaussian(),
                sd0,
                sz0);
    }

    /**
     * Finds displaced vertices from the reconstructed tracks alone ({@link SecondaryVertexFinder}):
     * measured d0, z0, direction and their resolutions, never the generator vertices.
     */
    private List<SecondaryVertex> secondaryVertices(List<Candidate> candidates, Position pv) {
        SecondaryVertexFinder finder = new SecondaryVertexFinder(card.vertexing());
        List<SecondaryVertexFinder.Track> tracks = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            FourMomentum m = c.momentum;
            if (c.track && finder.selects(m.pt(), c.d0Mm, c.sigmaD0Mm)) {
                tracks.add(
                        new SecondaryVertexFinder.Track(
                                i,
                                c.d0Mm,
                                c.z0Mm + pv.z(),
                                c.sigmaD0Mm,
                                c.sigmaZ0Mm,
                                m.phi(),
                                m.pz() / m.pt()));
            }
        }
        List<SecondaryVertex> out = new ArrayList<>();
        for (SecondaryVertexFinder.Fit f : finder.find(tracks, pv.x(), pv.y())) {
            FourMomentum sum = FourMomentum.ZERO;
            Candidate lepton = null;
            for (SecondaryVertexFinder.Track t : f.tracks()) {
                Candidate c = candidates.get(t.index());
                FourMomentum m = c.momentum;
                sum = sum.plus(FourMomentum.ofPtEtaPhiM(m.pt(), m.eta(), m.phi(), PION_MASS));
                int a = Math.abs(c.pdgId);
                if ((a == 11 || a == 13)
                        && c.identified
                        && (lepton == null || m.pt() > lepton.momentum.pt())) {
                    lepton = c;
                }
            }
            double[] x = f.x();
            out.add(
                    new SecondaryVertex(
                            x[0],
                            x[1],
                            x[2],
                            Math.hypot(x[0] - pv.x(), x[1] - pv.y()),
                            f.tracks().size(),
                            sum,
                            lepton == null ? 0 : lepton.pdgId,
                            lepton == null ? 0 : lepton.momentum.pt()));
        }
        out.sort(
                Comparator.comparingInt(SecondaryVertex::tracks)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingDouble(SecondaryVertex::dxyMm).reversed()));
        return out;
    }

    /** One calorimeter's towers for one event. */
    private static final class Towers {
        private static final long ETA_OFFSET = 1L << 20;
        private final DetectorCard.Calorimeter calo;
        private final double cellPhi;
        private final int phiCells;

        /**
         * Energy by dense cell key (η-index + 2²⁰)·(φ cells) + φ-index, which orders cells by η
         * then φ and hashes without collisions; keys are sorted before use so that the random draws
         * come in a fixed order.
         */
        private final Map<Long, double[]> energy = new HashMap<>();

        Towers(DetectorCard.Calorimeter calo) {
            this.calo = calo;
            this.phiCells = Math.max(1, (int) Math.round(360.0 / calo.cellPhiDegrees()));
            this.cellPhi = 2 * Math.PI / phiCells;
        }

        void deposit(FourMomentum p, double eta, double e) {
            if (Math.abs(eta) > calo.etaMax()) {
                return;
            }
            long ie = (long) Math.floor(eta / calo.cellEta());
            long ip =
                    Math.min(
                            phiCells - 1,
                            (long) Math.floor((Kinematics.wrapPhi(p.phi()) + Math.PI) / cellPhi));
            energy.computeIfAbsent((ie + ETA_OFFSET) * phiCells + ip, k -> new double[1])[0] += e;
        }

        void emit(SplittableRandom rng, int species, List<Candidate> out) {
            long[] keys = new long[energy.size()];
            int n = 0;
            for (Long k : energy.keySet()) {
                keys[n++] = k;
            }
            Arrays.sort(keys);
            for (long key : keys) {
                long ie = key / phiCells - ETA_OFFSET;
                long ip = key % phiCells;
                double e = energy.get(key)[0];
                double etaLo = ie * calo.cellEta();
                double etaCentre = etaLo + 0.5 * calo.cellEta();
                // Delphes' SmearTowerCenter: the direction is drawn uniformly within the tower.
                double eta = etaLo + calo.cellEta() * rng.nextDouble();
                double phi = -Math.PI + (ip + rng.nextDouble()) * cellPhi;
                DetectorCard.CaloRegion r = calo.region(etaCentre);
                if (r == null) {
                    continue;
                }
                double sigma = r.sigma(e, etaCentre);
                double measured = RandomDraws.logNormal(rng, e, sigma);
                if (measured < calo.energyMin()
                        || sigma > 0 && measured / sigma < calo.significanceMin()) {
                    continue;
                }
                out.add(
                        Candidate.tower(
                                FourMomentum.ofPtEtaPhiM(
                                        measured / Math.cosh(eta), eta, Kinematics.wrapPhi(phi), 0),
                                species));
            }
        }
    }
}
