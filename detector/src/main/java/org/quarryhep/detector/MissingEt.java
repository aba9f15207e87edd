package org.quarryhep.detector;

import org.quarryhep.core.Kinematics;

/**
 * Missing transverse momentum: minus the vector sum of the visible reconstructed objects.
 *
 * @param x the x component, GeV
 * @param y the y component, GeV
 * @param sumEt the scalar sum of the visible transverse momenta, GeV
 */
public record MissingEt(double x, double y, double sumEt) {
    /** The magnitude, GeV. */
    public double met() {
        return Math.hypot(x, y);
    }

    /** The azimuth in [−π, π). */
    public double phi() {
        return Kinematics.wrapPhi(Math.atan2(y, x));
    }
}
