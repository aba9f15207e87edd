package org.quarryhep.stats.modifier;

import java.util.Arrays;

/**
 * A named parameter set being assembled while a workspace is compiled: its size, inits, bounds,
 * fixed flags and constraint per component. Modifiers sharing a name share the builder; the
 * measurement's parameter configuration is applied last.
 */
public final class ParameterSetBuilder {
    private final String name;
    private final String type;
    private final int size;
    final double[] inits;
    final double[] lo;
    final double[] hi;
    final boolean[] fixed;
    final Constraint[] constraint;
    final double[] aux;
    final double[] sigma;
    final double[] tau;
    final double[] sumSigma2;
    final double[] sumNominal;

    /**
     * Creates a set with every component free, unconstrained, starting at {@code init} within [lo,
     * hi].
     *
     * @param name the parameter name
     * @param type the modifier type that declared it
     * @param size the number of components
     * @param init the initial value
     * @param lo the lower bound
     * @param hi the upper bound
     */
    public ParameterSetBuilder(
            String name, String type, int size, double init, double lo, double hi) {
        this.name = name;
        this.type = type;
        this.size = size;
        this.inits = filled(size, init);
        this.lo = filled(size, lo);
        this.hi = filled(size, hi);
        this.fixed = new boolean[size];
        this.constraint = new Constraint[size];
        Arrays.fill(constraint, Constraint.NONE);
        this.aux = new double[size];
        this.sigma = filled(size, 1.0);
        this.tau = new double[size];
        this.sumSigma2 = new double[size];
        this.sumNominal = new double[size];
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** The parameter name. */
    public String name() {
        return name;
    }

    /** The modifier type that declared the set. */
    public String type() {
        return type;
    }

    /** The number of components. */
    public int size() {
        return size;
    }

    /** Sets a Gaussian constraint on a component. */
    void normal(int i, double auxValue, double sigmaValue) {
        constraint[i] = Constraint.NORMAL;
        aux[i] = auxValue;
        sigma[i] = sigmaValue;
    }

    /** Sets a Poisson constraint with scale τ on a component (aux = τ). */
    void poisson(int i, double tauValue) {
        constraint[i] = Constraint.POISSON;
        tau[i] = tauValue;
        aux[i] = tauValue;
    }

    /** Makes a component a constant 1, as for a bin without uncertainty. */
    void mask(int i) {
        constraint[i] = Constraint.NONE;
        fixed[i] = true;
        inits[i] = 1.0;
    }

    /** Initial value of component i. */
    public double init(int i) {
        return inits[i];
    }

    /** Lower bound of component i. */
    public double lower(int i) {
        return lo[i];
    }

    /** Upper bound of component i. */
    public double upper(int i) {
        return hi[i];
    }

    /** Whether component i is held constant. */
    public boolean fixed(int i) {
        return fixed[i];
    }

    /** The constraint of component i. */
    public Constraint constraint(int i) {
        return constraint[i];
    }

    /** The auxiliary datum of component i (meaningful when constrained). */
    public double aux(int i) {
        return aux[i];
    }

    /** The Gaussian width of component i. */
    public double sigma(int i) {
        return sigma[i];
    }

    /** The Poisson scale τ of component i. */
    public double tau(int i) {
        return tau[i];
    }

    /** Overrides the initial values (measurement config). */
    public void setInits(double[] values) {
        System.arraycopy(values, 0, inits, 0, size);
    }

    /** Overrides the bounds (measurement config), one [lo, hi] per component. */
    public void setBounds(double[][] bounds) {
        for (int i = 0; i < size; i++) {
            lo[i] = bounds[i][0];
            hi[i] = bounds[i][1];
        }
    }

    /** Holds every component constant at its initial value. */
    public void setFixed() {
        Arrays.fill(fixed, true);
    }

    /** Overrides the auxiliary data of constrained components. */
    public void setAuxdata(double[] values) {
        for (int i = 0; i < size; i++) {
            if (constraint[i] == Constraint.POISSON) {
                tau[i] = values[i];
            }
            aux[i] = values[i];
        }
    }

    /** Overrides the Gaussian widths. */
    public void setSigmas(double[] values) {
        System.arraycopy(values, 0, sigma, 0, size);
    }
}
