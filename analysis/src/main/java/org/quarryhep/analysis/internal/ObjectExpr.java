package org.quarryhep.analysis.internal;

import java.util.function.ToDoubleBiFunction;
import org.quarryhep.core.FourMomentum;

/**
 * An object-valued expression: a selected object, the missing momentum, or a four-vector built from
 * others ({@code sum(…)}, {@code nu(…)}). Every accessor gives NaN when an object it needs is
 * absent.
 */
interface ObjectExpr {
    double px(EventContext c);

    double py(EventContext c);

    double pz(EventContext c);

    double e(EventContext c);

    /** Whether every object it needs is present in the event. */
    boolean present(EventContext c);

    /** Whether this is the missing transverse momentum (no longitudinal part). */
    default boolean isMet() {
        return false;
    }

    default double pt(EventContext c) {
        double x = px(c);
        double y = py(c);
        return Math.sqrt(x * x + y * y);
    }

    default double phi(EventContext c) {
        double x = px(c);
        double y = py(c);
        return x == 0 && y == 0 ? 0 : Math.atan2(y, x);
    }

    default double eta(EventContext c) {
        FourMomentum p = momentum(c);
        return p == null ? Double.NaN : p.eta();
    }

    /** The four-momentum, or null when absent. */
    default FourMomentum momentum(EventContext c) {
        if (!present(c)) {
            return null;
        }
        return new FourMomentum(px(c), py(c), pz(c), e(c));
    }

    /** The four-vector sum of objects. */
    record Sum(ObjectExpr[] parts) implements ObjectExpr {
        @Override
        public double px(EventContext c) {
            return total(c, ObjectExpr::px);
        }

        @Override
        public double py(EventContext c) {
            return total(c, ObjectExpr::py);
        }

        @Override
        public double pz(EventContext c) {
            return total(c, ObjectExpr::pz);
        }

        @Override
        public double e(EventContext c) {
            return total(c, ObjectExpr::e);
        }

        /** One component summed over the parts, in their order. */
        private double total(
                EventContext c, ToDoubleBiFunction<ObjectExpr, EventContext> component) {
            double s = 0;
            for (ObjectExpr p : parts) {
                s += component.applyAsDouble(p, c);
            }
            return s;
        }

        @Override
        public boolean present(EventContext c) {
            for (ObjectExpr p : parts) {
                if (!p.present(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The neutrino of W → ℓν: p⃗_T from the missing momentum, p_z from m(ℓν) = m_W, the root of
     * smaller |p_z|; when the roots are complex (resolution), their common real part.
     *
     * @param lepton the charged lepton
     * @param met the missing momentum
     * @param massW the W mass, GeV
     */
    record Neutrino(ObjectExpr lepton, ObjectExpr met, double massW) implements ObjectExpr {
        @Override
        public double px(EventContext c) {
            return met.px(c);
        }

        @Override
        public double py(EventContext c) {
            return met.py(c);
        }

        @Override
        public double pz(EventContext c) {
            return TopKinematics.neutrinoPz(
                    lepton.px(c),
                    lepton.py(c),
                    lepton.pz(c),
                    lepton.e(c),
                    met.px(c),
                    met.py(c),
                    massW);
        }

        @Override
        public double e(EventContext c) {
            double x = met.px(c);
            double y = met.py(c);
            double z = pz(c);
            return Math.sqrt(x * x + y * y + z * z);
        }

        @Override
        public boolean present(EventContext c) {
            return lepton.present(c) && met.present(c);
        }
    }
}
