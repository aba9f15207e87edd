package org.quarryhep.scan;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a scan definition besides the parameters, as immutable records. */
public final class Specs {
    private Specs() {}

    /**
     * What each point runs.
     *
     * @param type the runner's name ({@code analytic-smuon}; {@code pipeline} once the analysis
     *     layer is wired)
     * @param settings the runner's settings as text, in file order
     */
    public record Runner(String type, Map<String, String> settings) implements Serializable {
        /** Copies the settings (order kept). */
        public Runner {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }
    }

    /**
     * Adaptive refinement of a 2-D grid near the boundary where {@code quantity} crosses {@code
     * level}.
     *
     * @param quantity the reported quantity whose level is the boundary (e.g. {@code cls_exp})
     * @param level the boundary value (0.05 for CLs, 1 for limit/σ)
     * @param log whether the quantity is judged in log space
     * @param levels how many times a cell is halved: the final resolution is the coarse spacing
     *     divided by 2^levels
     */
    public record Refinement(String quantity, double level, boolean log, int levels)
            implements Serializable {}

    /**
     * A family of contours: {@code quantity} at {@code level}, for the observed, expected and
     * ±1σ/±2σ variants the runner reports ({@code quantity_obs}, {@code quantity_exp}, {@code
     * quantity_exp_m1}, ...) or for {@code quantity} itself.
     *
     * @param name the contour's name in results.json
     * @param quantity the quantity's stem
     * @param level the contour level
     * @param log whether to interpolate the quantity in log space (it spans decades)
     */
    public record Contour(String name, String quantity, double level, boolean log)
            implements Serializable {}

    /**
     * A quantity along one parameter with the others held fixed.
     *
     * @param quantity the quantity's stem (variants as for contours)
     * @param along the parameter on the horizontal axis
     * @param at values of the other parameters
     */
    public record Curve(String quantity, String along, Map<String, Double> at)
            implements Serializable {
        /** Copies the fixed values. */
        public Curve {
            at = Collections.unmodifiableMap(new LinkedHashMap<>(at));
        }
    }

    /**
     * The largest value of {@code along} that is excluded (quantity below level), with the other
     * parameters held fixed: the reach along a line, e.g. m_smuon at m_chi = 0.
     *
     * @param quantity the quantity's stem
     * @param level the exclusion level
     * @param log whether the quantity is interpolated in log space
     * @param along the parameter whose reach is reported
     * @param at values of the other parameters
     */
    public record Reach(
            String quantity, double level, boolean log, String along, Map<String, Double> at)
            implements Serializable {
        /** Copies the fixed values. */
        public Reach {
            at = Collections.unmodifiableMap(new LinkedHashMap<>(at));
        }
    }

    /**
     * A luminosity projection at fixed √s: yields scaled to {@code luminosityFb}, each systematics
     * scheme reported.
     *
     * @param luminosityFb the target integrated luminosity in fb⁻¹
     * @param schemes the systematics schemes
     */
    public record Projection(double luminosityFb, List<SystematicsScheme> schemes)
            implements Serializable {
        /** Copies the schemes. */
        public Projection {
            schemes = List.copyOf(schemes);
        }
    }

    /**
     * The systematics schemes of the HL-LHC Yellow Report projections (CERN-2019-007, §1.2):
     * systematic uncertainties as today, halved ("YR18 systematics" scale most experimental and
     * theory uncertainties by about ½), or statistics only.
     */
    public enum SystematicsScheme {
        /** Relative systematic uncertainties as at the present luminosity. */
        UNCHANGED("unchanged", 1.0),
        /** Relative systematic uncertainties halved. */
        HALVED("halved", 0.5),
        /** No systematic uncertainties (statistical and MC statistical only). */
        STAT_ONLY("stat-only", 0.0);

        private final String label;
        private final double factor;

        SystematicsScheme(String label, double factor) {
            this.label = label;
            this.factor = factor;
        }

        /** The name used in scan files and result keys. */
        public String label() {
            return label;
        }

        /** The factor applied to relative systematic uncertainties. */
        public double factor() {
            return factor;
        }

        /** The scheme with this label, or {@code null}. */
        public static SystematicsScheme byLabel(String label) {
            for (SystematicsScheme s : values()) {
                if (s.label.equals(label)) {
                    return s;
                }
            }
            return null;
        }
    }
}
