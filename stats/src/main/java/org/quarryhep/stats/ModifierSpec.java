package org.quarryhep.stats;

import java.util.List;

/**
 * One modifier entry of a sample, as in the JSON: {@code {"name", "type", "data"}}.
 *
 * @param name the parameter name (modifiers with the same name and type share a parameter)
 * @param type the pyhf type string: normfactor, normsys, histosys, shapesys, staterror, shapefactor
 *     or lumi
 * @param data the type-specific data
 */
public record ModifierSpec(String name, String type, ModifierData data) {
    /**
     * The pyhf modifier types of schema 1.0.0, in pyhf's documentation order. The specification
     * owns the names; {@code stats.modifier.ModifierTypes} implements exactly these.
     */
    public static final List<String> TYPES =
            List.of(
                    "normfactor",
                    "normsys",
                    "histosys",
                    "shapesys",
                    "staterror",
                    "shapefactor",
                    "lumi");

    /** The {@code data} of a modifier, one record per shape of JSON. */
    public sealed interface ModifierData permits NoData, NormFactors, HistoTemplates, BinValues {}

    /** {@code "data": null} (normfactor, shapefactor, lumi). */
    public record NoData() implements ModifierData {}

    /**
     * normsys: yield factors at α = +1 and α = −1.
     *
     * @param hi the factor at +1σ
     * @param lo the factor at −1σ
     */
    public record NormFactors(double hi, double lo) implements ModifierData {}

    /**
     * histosys: the sample's templates at α = +1 and α = −1.
     *
     * @param hiData yields at +1σ per bin
     * @param loData yields at −1σ per bin
     */
    public record HistoTemplates(double[] hiData, double[] loData) implements ModifierData {
        /** Copies the arrays. */
        public HistoTemplates {
            hiData = hiData.clone();
            loData = loData.clone();
        }

        /** Yields at +1σ (a copy). */
        @Override
        public double[] hiData() {
            return hiData.clone();
        }

        /** Yields at −1σ (a copy). */
        @Override
        public double[] loData() {
            return loData.clone();
        }
    }

    /**
     * shapesys and staterror: absolute uncertainties per bin.
     *
     * @param values one value per bin
     */
    public record BinValues(double[] values) implements ModifierData {
        /** Copies the array. */
        public BinValues {
            values = values.clone();
        }

        /** The values (a copy). */
        @Override
        public double[] values() {
            return values.clone();
        }
    }
}
