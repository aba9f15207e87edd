package org.quarryhep.detector.card;

import java.util.List;

/**
 * A parametrised detector: every efficiency, resolution and tagging rate the simulation applies, as
 * immutable values read from a versioned YAML card ({@link DetectorCards}). The card is the "what";
 * {@link org.quarryhep.detector.DetectorSimulation} is the run.
 *
 * <p>Conventions (those of Delphes, whose cards the presets follow): bins are half-open {@code
 * (min, max]} in |η| and pT; a particle outside every bin has efficiency 0 and is not smeared;
 * energies and momenta in GeV, lengths in mm, times in ns.
 *
 * @param version the card format version ({@link #FORMAT_VERSION})
 * @param name a short name, e.g. {@code "CMS"}
 * @param source where the values come from (card file and approximations)
 * @param tracking tracking efficiency, momentum and impact-parameter resolution
 * @param ecal the electromagnetic calorimeter
 * @param hcal the hadronic calorimeter
 * @param energyFractions the share of a particle's energy deposited in ECAL and HCAL, by |PDG id|
 * @param electron electron identification and isolation
 * @param muon muon identification and isolation
 * @param photon photon identification and isolation
 * @param jets jet clustering, energy scale and the parton-level response
 * @param bTagging b-tagging efficiency and c/light mistag rates
 * @param tauTagging hadronic τ tagging
 * @param pileup pile-up overlay
 * @param vertexing the displaced (secondary) vertex finder
 */
public record DetectorCard(
        int version,
        String name,
        String source,
        Tracking tracking,
        Calorimeter ecal,
        Calorimeter hcal,
        List<EnergyFraction> energyFractions,
        ObjectId electron,
        ObjectId muon,
        ObjectId photon,
        Jets jets,
        BTagging bTagging,
        TauTagging tauTagging,
        Pileup pileup,
        Vertexing vertexing) {

    /** The card format version this code reads. */
    public static final int FORMAT_VERSION = 1;

    /** Compact constructor: copies lists. */
    public DetectorCard {
        energyFractions = List.copyOf(energyFractions);
    }

    /** Returns a copy whose pile-up overlay has another mean number of interactions. */
    public DetectorCard withMeanPileup(double mu) {
        if (!(mu >= 0) || Double.isInfinite(mu)) {
            throw new InvalidCardException(
                    name, "/pileup/meanInteractions", "must be >= 0, got " + mu);
        }
        Pileup p =
                new Pileup(
                        mu,
                        pileup.zSpreadMm(),
                        pileup.tSpreadNs(),
                        pileup.chargedHadronSubtraction(),
                        pileup.vertexZResolutionMm());
        return new DetectorCard(
                version,
                name,
                source,
                tracking,
                ecal,
                hcal,
                energyFractions,
                electron,
                muon,
                photon,
                jets,
                bTagging,
                tauTagging,
                p,
                vertexing);
    }

    /** The ECAL and HCAL fractions for a PDG id (the entry for 0 is the default). */
    public EnergyFraction energyFraction(int pdgId) {
        int a = Math.abs(pdgId);
        EnergyFraction fallback = null;
        for (EnergyFraction f : energyFractions) {
            if (f.pdgId() == a) {
                return f;
            }
            if (f.pdgId() == 0) {
                fallback = f;
            }
        }
        return fallback;
    }

    /**
     * One bin of an efficiency: in {@code etaMin < |η| <= etaMax}, {@code ptMin < pT <= ptMax} the
     * efficiency is {@code (value + slope·pT)·exp(−decay·(pT − ptMin))}, which writes every Delphes
     * formula of the presets exactly (constants, linear ramps, the CMS muon fall-off above 1 TeV).
     *
     * @param etaMin lower |η| edge (exclusive)
     * @param etaMax upper |η| edge (inclusive)
     * @param ptMin lower pT edge (exclusive), GeV
     * @param ptMax upper pT edge (inclusive), GeV
     * @param value the constant term
     * @param slope the linear term per GeV
     * @param decay the exponential fall-off per GeV above ptMin
     */
    public record EfficiencyBin(
            double etaMin,
            double etaMax,
            double ptMin,
            double ptMax,
            double value,
            double slope,
            double decay) {
        /** True when (|η|, pT) lies in this bin. */
        public boolean contains(double absEta, double pt) {
            boolean inEta = (absEta > etaMin || absEta == 0 && etaMin == 0) && absEta <= etaMax;
            return inEta && pt > ptMin && pt <= ptMax;
        }

        /** The efficiency at pT (inside the bin). */
        public double at(double pt) {
            double e = (value + slope * pt) * (decay == 0 ? 1 : Math.exp(-decay * (pt - ptMin)));
            return Math.max(0, Math.min(1, e));
        }
    }

    /**
     * A binned efficiency in (|η|, pT).
     *
     * @param bins the bins; the first that contains a point applies
     */
    public record Efficiency(List<EfficiencyBin> bins) {
        /** Compact constructor: copies the list. */
        public Efficiency {
            bins = List.copyOf(bins);
        }

        /** The efficiency at (η, pT); 0 outside every bin. */
        public double at(double eta, double pt) {
            double a = Math.abs(eta);
            for (EfficiencyBin b : bins) {
                if (b.contains(a, pt)) {
                    return b.at(pt);
                }
            }
            return 0;
        }
    }

    /**
     * One bin of a relative momentum resolution, σ(pT)/pT = √(a² + (b·pT)²), the form of the
     * Delphes CMS and ATLAS track cards (arXiv:1405.6569).
     *
     * @param etaMin lower |η| edge (exclusive)
     * @param etaMax upper |η| edge (inclusive)
     * @param ptMin lower pT edge (exclusive)
     * @param ptMax upper pT edge (inclusive)
     * @param a the constant (multiple-scattering) term
     * @param b the term growing with pT, per GeV
     */
    public record ResolutionBin(
            double etaMin, double etaMax, double ptMin, double ptMax, double a, double b) {}

    /**
     * A binned relative pT resolution.
     *
     * @param bins the bins; the first that contains a point applies
     */
    public record Resolution(List<ResolutionBin> bins) {
        /** Compact constructor: copies the list. */
        public Resolution {
            bins = List.copyOf(bins);
        }

        /** σ(pT)/pT at (η, pT); 0 (no smearing) outside every bin. */
        public double relative(double eta, double pt) {
            double ae = Math.abs(eta);
            for (ResolutionBin r : bins) {
                if ((ae > r.etaMin() || ae == 0 && r.etaMin() == 0)
                        && ae <= r.etaMax()
                        && pt > r.ptMin()
                        && pt <= r.ptMax()) {
                    double bp = r.b() * pt;
                    return Math.sqrt(r.a() * r.a() + bp * bp);
                }
            }
            return 0;
        }
    }

    /**
     * Impact-parameter resolution σ = √(a² + (b/pT)²) (mm), the usual constant ⊕ multiple
     * scattering form.
     *
     * @param d0ConstantMm constant term of σ(d0)
     * @param d0ScatteringMmGeV multiple-scattering term of σ(d0), mm·GeV
     * @param z0ConstantMm constant term of σ(z0)
     * @param z0ScatteringMmGeV multiple-scattering term of σ(z0), mm·GeV
     */
    public record ImpactParameter(
            double d0ConstantMm,
            double d0ScatteringMmGeV,
            double z0ConstantMm,
            double z0ScatteringMmGeV) {
        /** σ(d0) at pT, mm. */
        public double sigmaD0(double pt) {
            double s = d0ScatteringMmGeV / pt;
            return Math.sqrt(d0ConstantMm * d0ConstantMm + s * s);
        }

        /** σ(z0) at pT, mm. */
        public double sigmaZ0(double pt) {
            double s = z0ScatteringMmGeV / pt;
            return Math.sqrt(z0ConstantMm * z0ConstantMm + s * s);
        }
    }

    /**
     * The tracker.
     *
     * @param etaMax tracker coverage in |η|
     * @param hadronEfficiency tracking efficiency for charged hadrons
     * @param electronEfficiency tracking efficiency for electrons
     * @param muonEfficiency tracking efficiency for muons
     * @param hadronResolution momentum resolution for charged hadrons
     * @param electronResolution momentum resolution for electrons
     * @param muonResolution momentum resolution for muons
     * @param impactParameter impact-parameter resolution
     * @param radiusMm outer radius of the tracking volume: particles produced beyond it leave no
     *     track
     * @param halfLengthMm half-length of the tracking volume
     */
    public record Tracking(
            double etaMax,
            Efficiency hadronEfficiency,
            Efficiency electronEfficiency,
            Efficiency muonEfficiency,
            Resolution hadronResolution,
            Resolution electronResolution,
            Resolution muonResolution,
            ImpactParameter impactParameter,
            double radiusMm,
            double halfLengthMm) {}

    /**
     * A calorimeter region: σ(E) = (shapeOffset + shapeCurvature·(|η| − shapeEta0)²) ·
     * √(constant²·E² + stochastic²·E + noise²), which writes the Delphes ECAL/HCAL formulas of the
     * presets exactly (the CMS ECAL carries the η shape of arXiv:1306.2016).
     *
     * @param etaMin lower |η| edge (exclusive)
     * @param etaMax upper |η| edge (inclusive)
     * @param stochastic stochastic term, √GeV
     * @param noise noise term, GeV
     * @param constant constant term
     * @param shapeOffset η-shape offset (1 for none)
     * @param shapeCurvature η-shape curvature (0 for none)
     * @param shapeEta0 η-shape centre
     */
    public record CaloRegion(
            double etaMin,
            double etaMax,
            double stochastic,
            double noise,
            double constant,
            double shapeOffset,
            double shapeCurvature,
            double shapeEta0) {
        /** σ(E) in GeV at energy E and pseudorapidity η. */
        public double sigma(double energy, double eta) {
            double d = Math.abs(eta) - shapeEta0;
            double shape = shapeOffset + shapeCurvature * d * d;
            return shape
                    * Math.sqrt(
                            constant * constant * energy * energy
                                    + stochastic * stochastic * energy
                                    + noise * noise);
        }
    }

    /**
     * A calorimeter with (η, φ) towers.
     *
     * @param cellEta tower size in η
     * @param cellPhiDegrees tower size in φ, degrees
     * @param energyMin towers below this energy are dropped, GeV
     * @param significanceMin towers with E/σ(E) below this are dropped
     * @param regions the resolution by |η| region; the union is the coverage
     */
    public record Calorimeter(
            double cellEta,
            double cellPhiDegrees,
            double energyMin,
            double significanceMin,
            List<CaloRegion> regions) {
        /** Compact constructor: copies the list. */
        public Calorimeter {
            regions = List.copyOf(regions);
        }

        /** The region that covers η, or null outside the coverage. */
        public CaloRegion region(double eta) {
            double a = Math.abs(eta);
            for (CaloRegion r : regions) {
                if ((a > r.etaMin() || a == 0 && r.etaMin() == 0) && a <= r.etaMax()) {
                    return r;
                }
            }
            return null;
        }

        /** The largest |η| covered. */
        public double etaMax() {
            double m = 0;
            for (CaloRegion r : regions) {
                m = Math.max(m, r.etaMax());
            }
            return m;
        }
    }

    /**
     * How a species shares its energy between the calorimeters.
     *
     * @param pdgId |PDG id|, 0 for the default
     * @param ecal fraction in ECAL
     * @param hcal fraction in HCAL
     */
    public record EnergyFraction(int pdgId, double ecal, double hcal) {}

    /**
     * Relative isolation: the scalar pT sum of particle-flow candidates with pT above {@code ptMin}
     * within ΔR &lt; {@code deltaR}, divided by the candidate's pT, must not exceed {@code
     * ratioMax}.
     *
     * @param deltaR cone size
     * @param ptMin pT threshold of the cone's candidates, GeV
     * @param ratioMax largest allowed ratio
     */
    public record Isolation(double deltaR, double ptMin, double ratioMax) {}

    /**
     * Identification of one object type.
     *
     * @param efficiency identification efficiency in (|η|, pT)
     * @param resolution for photons and parton-level leptons: unused for electrons/muons in the
     *     hadron-level chain, which take the tracker resolution
     * @param isolation the isolation requirement
     */
    public record ObjectId(Efficiency efficiency, Resolution resolution, Isolation isolation) {}

    /**
     * Jets.
     *
     * @param algorithm clustering algorithm: {@code anti-kt}, {@code kt} or {@code cambridge}
     * @param radius the radius parameter R
     * @param ptMin inclusive-jet threshold, GeV
     * @param etaMax jets beyond this |η| are dropped
     * @param scaleA energy-scale term a of the Delphes JES factor √((a − b·|η|)²/pT + 1)
     * @param scaleB energy-scale term b
     * @param responseNoise parton-level response: noise term N of σ(pT)/pT = √(N²/pT² + S²/pT + C²)
     * @param responseStochastic parton-level response: stochastic term S, √GeV
     * @param responseConstant parton-level response: constant term C
     */
    public record Jets(
            String algorithm,
            double radius,
            double ptMin,
            double etaMax,
            double scaleA,
            double scaleB,
            double responseNoise,
            double responseStochastic,
            double responseConstant) {
        /** The energy-scale factor applied to a clustered jet at (η, pT). */
        public double scale(double eta, double pt) {
            double t = scaleA - scaleB * Math.abs(eta);
            return Math.sqrt(t * t / pt + 1.0);
        }

        /** The relative resolution σ(pT)/pT of the parton-level response at pT. */
        public double responseSigma(double pt) {
            return Math.sqrt(
                    responseNoise * responseNoise / (pt * pt)
                            + responseStochastic * responseStochastic / pt
                            + responseConstant * responseConstant);
        }
    }

    /**
     * A tagging rate as a function of pT: {@code linear}: a + b·pT; {@code tanh}: a·tanh(b·pT)·c/(1
     * + d·pT) (the Delphes b-tagging forms, arXiv:1211.4462).
     *
     * @param form {@code "linear"} or {@code "tanh"}
     * @param a first parameter
     * @param b second parameter
     * @param c third parameter (tanh form)
     * @param d fourth parameter (tanh form)
     */
    public record TagRate(String form, double a, double b, double c, double d) {
        /** The rate at pT, clipped to [0, 1]. */
        public double at(double pt) {
            double r =
                    "linear".equals(form) ? a + b * pt : a * Math.tanh(b * pt) * c / (1 + d * pt);
            return Math.max(0, Math.min(1, r));
        }
    }

    /**
     * b-tagging by jet flavour (the highest-|PDG| quark within ΔR of the jet axis).
     *
     * @param deltaR flavour-association cone
     * @param partonPtMin partons below this pT are ignored
     * @param partonEtaMax partons beyond this |η| are ignored
     * @param jetEtaMax jets beyond this |η| are never tagged
     * @param b efficiency for b jets
     * @param c mistag rate for c jets
     * @param light mistag rate for light jets
     */
    public record BTagging(
            double deltaR,
            double partonPtMin,
            double partonEtaMax,
            double jetEtaMax,
            TagRate b,
            TagRate c,
            TagRate light) {}

    /**
     * Hadronic τ tagging.
     *
     * @param deltaR matching cone between jet and visible τ
     * @param tauPtMin visible τ below this pT is not matched
     * @param tauEtaMax visible τ beyond this |η| is not matched
     * @param oneProng efficiency for one-prong τ_h jets
     * @param multiProng efficiency for multi-prong τ_h jets
     * @param mistagOneProng mistag rate for other jets with one track
     * @param mistagMultiProng mistag rate for other jets with two or more tracks
     */
    public record TauTagging(
            double deltaR,
            double tauPtMin,
            double tauEtaMax,
            double oneProng,
            double multiProng,
            double mistagOneProng,
            double mistagMultiProng) {}

    /**
     * Pile-up overlay: a Poisson number of minimum-bias events is added to each event.
     *
     * @param meanInteractions the Poisson mean μ
     * @param zSpreadMm Gaussian σ of the pile-up vertices along the beam, mm
     * @param tSpreadNs Gaussian σ of the pile-up vertices in time, ns
     * @param chargedHadronSubtraction drop pile-up tracks resolved from the primary vertex
     * @param vertexZResolutionMm tracks from pile-up vertices closer than this in z are kept
     */
    public record Pileup(
            double meanInteractions,
            double zSpreadMm,
            double tSpreadNs,
            boolean chargedHadronSubtraction,
            double vertexZResolutionMm) {}

    /**
     * Displaced-vertex finder on reconstructed tracks (straight-line tracks; the position
     * resolution follows from the tracks' σ(d0) and σ(z0)).
     *
     * @param minTracks fewest tracks a vertex needs
     * @param trackPtMin tracks below this pT are not used, GeV
     * @param d0SignificanceMin tracks need |d0|/σ(d0) at least this
     * @param seedDcaMaxMm two tracks seed a vertex when their lines pass within this distance, mm
     * @param trackChi2Max largest χ² (d0 and z0 residuals, 2 measurements) of a track at its vertex
     * @param mergeDistanceMm seeds and vertices whose fitted positions are closer than this merge,
     *     mm
     * @param minDisplacementMm vertices closer than this (transverse) to the primary are dropped
     * @param maxDisplacementMm vertices beyond this (transverse) are dropped
     */
    public record Vertexing(
            int minTracks,
            double trackPtMin,
            double d0SignificanceMin,
            double seedDcaMaxMm,
            double trackChi2Max,
            double mergeDistanceMm,
            double minDisplacementMm,
            double maxDisplacementMm) {}
}
