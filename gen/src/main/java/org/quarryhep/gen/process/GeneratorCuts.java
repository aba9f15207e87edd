package org.quarryhep.gen.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.FourMomentum;

/**
 * Generator-level cuts named as in MadGraph's run card, applied to the final-state particles of
 * each event before unweighting. A value of −1 (or absence) means "no cut", as in MadGraph. Leptons
 * ({@code l}) are electrons and muons, jets ({@code j}) gluons and u, d, s, c quarks, {@code b} b
 * quarks; {@code mmll}/{@code mmllmax} apply to opposite-charge same-flavour lepton pairs and
 * {@code misset} to the vector sum of neutrinos and other invisible particles.
 *
 * @param values cut name → value
 */
public record GeneratorCuts(Map<String, Double> values) {
    /** The cut names understood, with their meaning. */
    public static final Map<String, String> KNOWN;

    static {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("ptl", "minimum lepton pT, GeV");
        k.put("ptlmax", "maximum lepton pT, GeV");
        k.put("etal", "maximum lepton |eta|");
        k.put("drll", "minimum Delta R between leptons");
        k.put("drllmax", "maximum Delta R between leptons");
        k.put("mmll", "minimum m(l+l-) of same-flavour pairs, GeV");
        k.put("mmllmax", "maximum m(l+l-) of same-flavour pairs, GeV");
        k.put("ptj", "minimum jet pT, GeV");
        k.put("ptjmax", "maximum jet pT, GeV");
        k.put("etaj", "maximum jet |eta|");
        k.put("drjj", "minimum Delta R between jets");
        k.put("mmjj", "minimum invariant mass of every jet pair, GeV");
        k.put("mmjjmax", "maximum invariant mass of every jet pair, GeV");
        k.put(
                "xqcut",
                "minimum kT distance of jets to the beam and to each other (MadGraph's"
                        + " measure), GeV");
        k.put("ptb", "minimum b pT, GeV");
        k.put("etab", "maximum b |eta|");
        k.put("drjl", "minimum Delta R between jets and leptons");
        k.put("misset", "minimum missing pT, GeV");
        k.put("ptta", "minimum tau pT, GeV");
        k.put("etata", "maximum tau |eta|");
        KNOWN = Collections.unmodifiableMap(k);
    }

    /** No cuts. */
    public static final GeneratorCuts NONE = new GeneratorCuts(Map.of());

    /**
     * Validates the names and copies the map.
     *
     * @throws InvalidParameterException for an unknown name or a non-finite value
     */
    public GeneratorCuts {
        for (var e : values.entrySet()) {
            if (!KNOWN.containsKey(e.getKey())) {
                throw new InvalidParameterException(
                        "--cut " + e.getKey() + ": unknown cut; known: " + KNOWN.keySet());
            }
            if (!Double.isFinite(e.getValue())) {
                throw new InvalidParameterException(
                        "--cut " + e.getKey() + ": expected a number, found " + e.getValue());
            }
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The cut value, or −1 when not set. */
    public double get(String name) {
        return values.getOrDefault(name, -1.0);
    }

    /**
     * The cuts in force once a process's built-in floors are applied: each floor raises the user's
     * minimum cut of that name to at least its value (see {@link HardProcess#builtInCuts()}).
     *
     * @param floors cut name → lowest value the process applies
     * @return cut name → effective value, the user's cuts first
     */
    public Map<String, Double> withFloors(Map<String, Double> floors) {
        Map<String, Double> m = new LinkedHashMap<>(values);
        floors.forEach((k, v) -> m.merge(k, v, Math::max));
        return Collections.unmodifiableMap(m);
    }

    private boolean active(String name) {
        return get(name) > 0;
    }

    /**
     * True when the final state passes every cut.
     *
     * @param pdgIds PDG ids of the final-state particles
     * @param momenta their momenta
     * @return whether the event is kept
     */
    public boolean pass(List<Integer> pdgIds, List<FourMomentum> momenta) {
        if (values.isEmpty()) {
            return true;
        }
        int n = pdgIds.size();
        double metX = 0;
        double metY = 0;
        for (int i = 0; i < n; i++) {
            int id = Math.abs(pdgIds.get(i));
            FourMomentum p = momenta.get(i);
            if (isLepton(id)) {
                if (p.pt() < get("ptl") || (active("ptlmax") && p.pt() > get("ptlmax"))) {
                    return false;
                }
                if (active("etal") && Math.abs(p.eta()) > get("etal")) {
                    return false;
                }
            } else if (isJet(id)) {
                if (p.pt() < get("ptj") || (active("ptjmax") && p.pt() > get("ptjmax"))) {
                    return false;
                }
                if (active("etaj") && Math.abs(p.eta()) > get("etaj")) {
                    return false;
                }
                if (active("xqcut") && KtMeasure.toBeam(p) < square(get("xqcut"))) {
                    return false;
                }
            } else if (id == 5) {
                if (p.pt() < get("ptb") || (active("etab") && Math.abs(p.eta()) > get("etab"))) {
                    return false;
                }
            } else if (id == 15) {
                if (p.pt() < get("ptta") || (active("etata") && Math.abs(p.eta()) > get("etata"))) {
                    return false;
                }
            } else if (isInvisible(id)) {
                metX += p.px();
                metY += p.py();
            }
        }
        if (active("misset") && Math.hypot(metX, metY) < get("misset")) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int a = pdgIds.get(i);
            for (int j = i + 1; j < n; j++) {
                int b = pdgIds.get(j);
                FourMomentum pa = momenta.get(i);
                FourMomentum pb = momenta.get(j);
                if (isLepton(Math.abs(a)) && isLepton(Math.abs(b))) {
                    double dr = pa.deltaR(pb);
                    if ((active("drll") && dr < get("drll"))
                            || (active("drllmax") && dr > get("drllmax"))) {
                        return false;
                    }
                    if (a == -b) {
                        double m = pa.plus(pb).mass();
                        if ((active("mmll") && m < get("mmll"))
                                || (active("mmllmax") && m > get("mmllmax"))) {
                            return false;
                        }
                    }
                } else if (isJet(Math.abs(a)) && isJet(Math.abs(b))) {
                    if (active("drjj") && pa.deltaR(pb) < get("drjj")) {
                        return false;
                    }
                    if (active("xqcut") && KtMeasure.between(pa, pb) < square(get("xqcut"))) {
                        return false;
                    }
                    if (active("mmjj") || active("mmjjmax")) {
                        double m = pa.plus(pb).mass();
                        if ((active("mmjj") && m < get("mmjj"))
                                || (active("mmjjmax") && m > get("mmjjmax"))) {
                            return false;
                        }
                    }
                } else if (active("drjl")
                        && ((isJet(Math.abs(a)) && isLepton(Math.abs(b)))
                                || (isLepton(Math.abs(a)) && isJet(Math.abs(b))))
                        && pa.deltaR(pb) < get("drjl")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double square(double x) {
        return x * x;
    }

    private static boolean isLepton(int id) {
        return id == 11 || id == 13;
    }

    private static boolean isJet(int id) {
        return id == 21 || (id >= 1 && id <= 4);
    }

    private static boolean isInvisible(int id) {
        return id == 12 || id == 14 || id == 16 || id == 1000022 || id == 9900012;
    }
}
