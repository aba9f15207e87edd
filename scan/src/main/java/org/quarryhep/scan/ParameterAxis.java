package org.quarryhep.scan;

import java.io.Serializable;
import java.util.List;

/**
 * One scanned parameter and its values, in the order the scan visits them.
 *
 * @param name the parameter's name (what the runner substitutes)
 * @param values the values, strictly increasing
 * @param log whether the values are spaced logarithmically (refinement then halves in log space and
 *     contours interpolate the coordinate in log space)
 */
public record ParameterAxis(String name, List<Double> values, boolean log) implements Serializable {
    /** Copies the values and checks that they increase. */
    public ParameterAxis {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " has no values");
        }
        for (int i = 1; i < values.size(); i++) {
            if (!(values.get(i) > values.get(i - 1))) {
                throw new IllegalArgumentException(
                        "parameter "
                                + name
                                + " values must increase strictly, got "
                                + values.get(i - 1)
                                + " then "
                                + values.get(i));
            }
        }
        if (log && values.get(0) <= 0) {
            throw new IllegalArgumentException(
                    "parameter " + name + " is logarithmic but has value " + values.get(0));
        }
    }

    /**
     * The value a fraction {@code t} of the way from value {@code k} to value {@code k + 1}, in
     * linear or log space as the axis is spaced; {@code t = 0} returns value {@code k} exactly.
     */
    public double between(int k, double t) {
        if (t == 0) {
            return values.get(k);
        }
        double a = values.get(k);
        double b = values.get(k + 1);
        return log ? Math.exp(Math.log(a) + t * (Math.log(b) - Math.log(a))) : a + t * (b - a);
    }
}
