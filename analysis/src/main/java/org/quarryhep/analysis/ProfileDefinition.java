package org.quarryhep.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * A 2-D profile: the weighted mean of one variable in cells of two others (e.g. the mean DNN score
 * in the (m_H, m_vis) plane), in some categories.
 *
 * @param name the profile's name (its key in the {@code profiles} section)
 * @param mean the variable averaged
 * @param x the variable along x
 * @param xEdges the x cell edges, strictly increasing
 * @param y the variable along y
 * @param yEdges the y cell edges, strictly increasing
 * @param categories the categories whose events fill it; empty means all
 */
public record ProfileDefinition(
        String name,
        String mean,
        String x,
        double[] xEdges,
        String y,
        double[] yEdges,
        List<String> categories) {
    /** Copies the edges and the list. */
    public ProfileDefinition {
        xEdges = xEdges.clone();
        yEdges = yEdges.clone();
        categories = List.copyOf(categories);
    }

    @Override
    public double[] xEdges() {
        return xEdges.clone();
    }

    @Override
    public double[] yEdges() {
        return yEdges.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileDefinition p
                && name.equals(p.name)
                && mean.equals(p.mean)
                && x.equals(p.x)
                && y.equals(p.y)
                && Arrays.equals(xEdges, p.xEdges)
                && Arrays.equals(yEdges, p.yEdges)
                && categories.equals(p.categories);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(xEdges) * 17 + Arrays.hashCode(yEdges);
    }

    @Override
    public String toString() {
        return "ProfileDefinition[" + name + ", mean of " + mean + " in (" + x + ", " + y + ")]";
    }
}
