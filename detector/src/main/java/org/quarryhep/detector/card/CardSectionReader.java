package org.quarryhep.detector.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.config.ConfigNode;

/** Reads each section of a detector card into its record, with the field checks of its base. */
final class CardSectionReader extends CardFieldReader {
    CardSectionReader(String source, ConfigNode root) {
        super(source, root);
    }

    DetectorCard card(ConfigNode root) {
        onlyFields(root, ConfigKey.names(DetectorCards.SECTIONS));
        Optional<ConfigNode> v = root.opt("version");
        if (v.isEmpty()) {
            throw error(
                    "/version",
                    "missing (this reader understands version "
                            + DetectorCard.FORMAT_VERSION
                            + ")");
        }
        if (v.get().asInt() != DetectorCard.FORMAT_VERSION) {
            throw error(
                    "/version",
                    "unsupported card version "
                            + v.get().asInt()
                            + " (this reader understands version "
                            + DetectorCard.FORMAT_VERSION
                            + ")");
        }
        List<DetectorCard.EnergyFraction> fractions = new ArrayList<>();
        boolean hasDefault = false;
        for (ConfigNode f : list(root, "energyFractions")) {
            onlyFields(f, "pdgId", "ecal", "hcal");
            double id = number(f, "pdgId", null);
            if (id < 0 || id != Math.rint(id)) {
                throw error(
                        f.path() + "/pdgId", "must be a non-negative integer |PDG id|, got " + id);
            }
            double e = fraction(f, "ecal", null);
            double h = fraction(f, "hcal", null);
            if (e + h > 1 + 1e-12) {
                throw error(f.path(), "ecal + hcal must not exceed 1, got " + (e + h));
            }
            hasDefault |= id == 0;
            fractions.add(new DetectorCard.EnergyFraction((int) id, e, h));
        }
        if (!hasDefault) {
            throw error("/energyFractions", "needs a default entry with pdgId 0");
        }
        return new DetectorCard(
                DetectorCard.FORMAT_VERSION,
                text(root, "name", null),
                text(root, "source", ""),
                tracking(object(root, "tracking")),
                calorimeter(object(root, "ecal")),
                calorimeter(object(root, "hcal")),
                fractions,
                objectId(object(root, "electron"), false),
                objectId(object(root, "muon"), false),
                objectId(object(root, "photon"), false),
                jets(object(root, "jets")),
                bTagging(object(root, "bTagging")),
                tauTagging(object(root, "tauTagging")),
                pileup(object(root, "pileup")),
                vertexing(object(root, "vertexing")));
    }

    DetectorCard.Efficiency efficiency(ConfigNode parent, String field) {
        List<DetectorCard.EfficiencyBin> bins = new ArrayList<>();
        for (ConfigNode b : list(parent, field)) {
            onlyFields(b, "etaMin", "etaMax", "ptMin", "ptMax", "value", "slope", "decay");
            double etaMin = nonNegative(b, "etaMin", 0.0);
            double etaMax = positive(b, "etaMax", null);
            double ptMin = nonNegative(b, "ptMin", 0.0);
            double ptMax = positive(b, "ptMax", Double.POSITIVE_INFINITY);
            ranges(b, etaMin, etaMax, ptMin, ptMax);
            double value = number(b, "value", null);
            double slope = number(b, "slope", 0.0);
            double decay = nonNegative(b, "decay", 0.0);
            if (slope != 0 && Double.isInfinite(ptMax)) {
                throw error(b.path() + "/slope", "a non-zero slope needs a finite ptMax");
            }
            // The efficiency must stay in [0, 1] over the bin's pT range.
            double atMin = value + slope * ptMin;
            double atMax = Double.isInfinite(ptMax) ? value : value + slope * ptMax;
            if (atMin < -1e-12 || atMin > 1 + 1e-12 || atMax < -1e-12 || atMax > 1 + 1e-12) {
                throw error(
                        b.path() + "/value",
                        "efficiency value + slope*pT must lie in [0, 1]"
                                + " over the bin, got "
                                + atMin
                                + " at ptMin and "
                                + atMax
                                + " at ptMax");
            }
            bins.add(
                    new DetectorCard.EfficiencyBin(
                            etaMin, etaMax, ptMin, ptMax, value, slope, decay));
        }
        return new DetectorCard.Efficiency(bins);
    }

    void ranges(ConfigNode b, double etaMin, double etaMax, double ptMin, double ptMax) {
        if (etaMax <= etaMin) {
            throw error(b.path() + "/etaMax", "must exceed etaMin " + etaMin + ", got " + etaMax);
        }
        if (ptMax <= ptMin) {
            throw error(b.path() + "/ptMax", "must exceed ptMin " + ptMin + ", got " + ptMax);
        }
    }

    DetectorCard.Resolution resolution(ConfigNode parent, String field) {
        List<DetectorCard.ResolutionBin> bins = new ArrayList<>();
        for (ConfigNode b : list(parent, field)) {
            onlyFields(b, "etaMin", "etaMax", "ptMin", "ptMax", "a", "b");
            double etaMin = nonNegative(b, "etaMin", 0.0);
            double etaMax = positive(b, "etaMax", null);
            double ptMin = nonNegative(b, "ptMin", 0.0);
            double ptMax = positive(b, "ptMax", Double.POSITIVE_INFINITY);
            ranges(b, etaMin, etaMax, ptMin, ptMax);
            bins.add(
                    new DetectorCard.ResolutionBin(
                            etaMin,
                            etaMax,
                            ptMin,
                            ptMax,
                            nonNegative(b, "a", null),
                            nonNegative(b, "b", 0.0)));
        }
        return new DetectorCard.Resolution(bins);
    }

    DetectorCard.Tracking tracking(ConfigNode n) {
        onlyFields(
                n,
                "etaMax",
                "efficiency",
                "resolution",
                "impactParameter",
                "radiusMm",
                "halfLengthMm");
        ConfigNode eff = object(n, "efficiency");
        onlyFields(eff, "chargedHadron", "electron", "muon");
        ConfigNode res = object(n, "resolution");
        onlyFields(res, "chargedHadron", "electron", "muon");
        ConfigNode ip = object(n, "impactParameter");
        onlyFields(ip, "d0ConstantMm", "d0ScatteringMmGeV", "z0ConstantMm", "z0ScatteringMmGeV");
        return new DetectorCard.Tracking(
                positive(n, "etaMax", null),
                efficiency(eff, "chargedHadron"),
                efficiency(eff, "electron"),
                efficiency(eff, "muon"),
                resolution(res, "chargedHadron"),
                resolution(res, "electron"),
                resolution(res, "muon"),
                new DetectorCard.ImpactParameter(
                        nonNegative(ip, "d0ConstantMm", null),
                        nonNegative(ip, "d0ScatteringMmGeV", null),
                        nonNegative(ip, "z0ConstantMm", null),
                        nonNegative(ip, "z0ScatteringMmGeV", null)),
                positive(n, "radiusMm", null),
                positive(n, "halfLengthMm", null));
    }

    DetectorCard.Calorimeter calorimeter(ConfigNode n) {
        onlyFields(n, "cellEta", "cellPhiDegrees", "energyMin", "significanceMin", "resolution");
        List<DetectorCard.CaloRegion> regions = new ArrayList<>();
        for (ConfigNode r : list(n, "resolution")) {
            onlyFields(
                    r,
                    "etaMin",
                    "etaMax",
                    "stochastic",
                    "noise",
                    "constant",
                    "shapeOffset",
                    "shapeCurvature",
                    "shapeEta0");
            double etaMin = nonNegative(r, "etaMin", 0.0);
            double etaMax = positive(r, "etaMax", null);
            if (etaMax <= etaMin) {
                throw error(
                        r.path() + "/etaMax", "must exceed etaMin " + etaMin + ", got " + etaMax);
            }
            regions.add(
                    new DetectorCard.CaloRegion(
                            etaMin,
                            etaMax,
                            nonNegative(r, "stochastic", null),
                            nonNegative(r, "noise", 0.0),
                            nonNegative(r, "constant", null),
                            positive(r, "shapeOffset", 1.0),
                            nonNegative(r, "shapeCurvature", 0.0),
                            number(r, "shapeEta0", 0.0)));
        }
        double cellPhi = positive(n, "cellPhiDegrees", null);
        if (cellPhi > 360) {
            throw error(n.path() + "/cellPhiDegrees", "must be at most 360, got " + cellPhi);
        }
        return new DetectorCard.Calorimeter(
                positive(n, "cellEta", null),
                cellPhi,
                nonNegative(n, "energyMin", null),
                nonNegative(n, "significanceMin", null),
                regions);
    }

    DetectorCard.Isolation isolation(ConfigNode n) {
        onlyFields(n, "deltaR", "ptMin", "ratioMax");
        return new DetectorCard.Isolation(
                positive(n, "deltaR", null),
                nonNegative(n, "ptMin", null),
                nonNegative(n, "ratioMax", null));
    }

    DetectorCard.ObjectId objectId(ConfigNode n, boolean needsResolution) {
        onlyFields(n, "efficiency", "resolution", "isolation");
        DetectorCard.Resolution res =
                n.has("resolution") || needsResolution
                        ? resolution(n, "resolution")
                        : new DetectorCard.Resolution(List.of());
        return new DetectorCard.ObjectId(
                efficiency(n, "efficiency"), res, isolation(object(n, "isolation")));
    }

    DetectorCard.Jets jets(ConfigNode n) {
        onlyFields(n, "algorithm", "radius", "ptMin", "etaMax", "energyScale", "partonResponse");
        String alg = text(n, "algorithm", null);
        if (!List.of("anti-kt", "kt", "cambridge").contains(alg)) {
            throw error(
                    n.path() + "/algorithm", "must be anti-kt, kt or cambridge, got '" + alg + "'");
        }
        ConfigNode scale = object(n, "energyScale");
        onlyFields(scale, "a", "b");
        ConfigNode resp = object(n, "partonResponse");
        onlyFields(resp, "noise", "stochastic", "constant");
        return new DetectorCard.Jets(
                alg,
                positive(n, "radius", null),
                nonNegative(n, "ptMin", null),
                positive(n, "etaMax", null),
                number(scale, "a", null),
                number(scale, "b", null),
                nonNegative(resp, "noise", null),
                nonNegative(resp, "stochastic", null),
                nonNegative(resp, "constant", null));
    }

    DetectorCard.TagRate tagRate(ConfigNode parent, String field) {
        ConfigNode n = object(parent, field);
        onlyFields(n, "form", "a", "b", "c", "d");
        String form = text(n, "form", null);
        if (!form.equals("linear") && !form.equals("tanh")) {
            throw error(n.path() + "/form", "must be 'linear' or 'tanh', got '" + form + "'");
        }
        return new DetectorCard.TagRate(
                form,
                number(n, "a", null),
                number(n, "b", null),
                number(n, "c", form.equals("linear") ? 0.0 : null),
                number(n, "d", form.equals("linear") ? 0.0 : null));
    }

    DetectorCard.BTagging bTagging(ConfigNode n) {
        onlyFields(n, "deltaR", "partonPtMin", "partonEtaMax", "jetEtaMax", "b", "c", "light");
        return new DetectorCard.BTagging(
                positive(n, "deltaR", null),
                nonNegative(n, "partonPtMin", null),
                positive(n, "partonEtaMax", null),
                positive(n, "jetEtaMax", null),
                tagRate(n, "b"),
                tagRate(n, "c"),
                tagRate(n, "light"));
    }

    DetectorCard.TauTagging tauTagging(ConfigNode n) {
        onlyFields(
                n,
                "deltaR",
                "tauPtMin",
                "tauEtaMax",
                "oneProng",
                "multiProng",
                "mistagOneProng",
                "mistagMultiProng");
        return new DetectorCard.TauTagging(
                positive(n, "deltaR", null),
                nonNegative(n, "tauPtMin", null),
                positive(n, "tauEtaMax", null),
                fraction(n, "oneProng", null),
                fraction(n, "multiProng", null),
                fraction(n, "mistagOneProng", null),
                fraction(n, "mistagMultiProng", null));
    }

    DetectorCard.Pileup pileup(ConfigNode n) {
        onlyFields(
                n,
                "meanInteractions",
                "zSpreadMm",
                "tSpreadNs",
                "chargedHadronSubtraction",
                "vertexZResolutionMm");
        boolean chs = n.opt("chargedHadronSubtraction").map(ConfigNode::asBoolean).orElse(true);
        return new DetectorCard.Pileup(
                nonNegative(n, "meanInteractions", null),
                nonNegative(n, "zSpreadMm", null),
                nonNegative(n, "tSpreadNs", null),
                chs,
                nonNegative(n, "vertexZResolutionMm", null));
    }

    DetectorCard.Vertexing vertexing(ConfigNode n) {
        onlyFields(
                n,
                "minTracks",
                "trackPtMin",
                "d0SignificanceMin",
                "seedDcaMaxMm",
                "trackChi2Max",
                "mergeDistanceMm",
                "minDisplacementMm",
                "maxDisplacementMm");
        double minTracks = number(n, "minTracks", null);
        if (minTracks < 2 || minTracks != Math.rint(minTracks)) {
            throw error(n.path() + "/minTracks", "must be an integer >= 2, got " + minTracks);
        }
        double lo = nonNegative(n, "minDisplacementMm", null);
        double hi = positive(n, "maxDisplacementMm", null);
        if (hi <= lo) {
            throw error(
                    n.path() + "/maxDisplacementMm",
                    "must exceed minDisplacementMm " + lo + ", got " + hi);
        }
        return new DetectorCard.Vertexing(
                (int) minTracks,
                nonNegative(n, "trackPtMin", null),
                nonNegative(n, "d0SignificanceMin", null),
                positive(n, "seedDcaMaxMm", null),
                positive(n, "trackChi2Max", null),
                nonNegative(n, "mergeDistanceMm", null),
                lo,
                hi);
    }
}
