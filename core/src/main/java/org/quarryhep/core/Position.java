package org.quarryhep.core;

/**
 * A space-time point in mm: (x, y, z) and c·t, the convention of HepMC and of Quarry's vertices.
 *
 * @param x x in mm
 * @param y y in mm
 * @param z z in mm
 * @param t c·t in mm (divide by {@link Units#C_MM_PER_NS} for ns)
 */
public record Position(double x, double y, double z, double t) {
    /** The origin (0, 0, 0, 0). */
    public static final Position ORIGIN = new Position(0, 0, 0, 0);

    /** Transverse distance from the beam line, √(x² + y²). */
    public double rho() {
        return Math.hypot(x, y);
    }

    /** Distance from the origin, √(x² + y² + z²). */
    public double r() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** True when every component is zero. */
    public boolean isOrigin() {
        return x == 0 && y == 0 && z == 0 && t == 0;
    }

    /** This point moved by another. */
    public Position plus(Position o) {
        return new Position(x + o.x, y + o.y, z + o.z, t + o.t);
    }
}
