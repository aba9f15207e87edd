package org.quarryhep.analysis.internal;

import java.util.Arrays;
import org.quarryhep.core.Kinematics;

/**
 * One collection of selected objects in one event, as parallel arrays (reused from event to event,
 * so that selection allocates nothing per object). Vertices use the position fields and {@code
 * vertexMass}; they have no momentum.
 */
public final class ObjectArrays {
    int size;
    double[] px = new double[4];
    double[] py = new double[4];
    double[] pz = new double[4];
    double[] e = new double[4];
    double[] pt = new double[4];
    double[] eta = new double[4];
    double[] phi = new double[4];
    double[] charge = new double[4];
    double[] flavour = new double[4];
    double[] bTag = new double[4];
    double[] dxyMm = new double[4];
    double[] tracks = new double[4];
    double[] vertexMass = new double[4];

    /** The number of objects. */
    public int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** Makes room for one more object and returns its index. */
    int add() {
        if (size == px.length) {
            int n = 2 * size;
            px = Arrays.copyOf(px, n);
            py = Arrays.copyOf(py, n);
            pz = Arrays.copyOf(pz, n);
            e = Arrays.copyOf(e, n);
            pt = Arrays.copyOf(pt, n);
            eta = Arrays.copyOf(eta, n);
            phi = Arrays.copyOf(phi, n);
            charge = Arrays.copyOf(charge, n);
            flavour = Arrays.copyOf(flavour, n);
            bTag = Arrays.copyOf(bTag, n);
            dxyMm = Arrays.copyOf(dxyMm, n);
            tracks = Arrays.copyOf(tracks, n);
            vertexMass = Arrays.copyOf(vertexMass, n);
        }
        return size++;
    }

    void setMomentum(int i, double x, double y, double z, double energy) {
        px[i] = x;
        py[i] = y;
        pz[i] = z;
        e[i] = energy;
        double t = Math.sqrt(x * x + y * y);
        pt[i] = t;
        phi[i] = t == 0 ? 0 : Math.atan2(y, x);
        // η = asinh(p_z/p_T); ±1e5 along the beam, as core.FourMomentum does.
        eta[i] = t == 0 ? Math.copySign(1e5, z) : Kinematics.asinh(z / t);
    }

    /** Copies object {@code i} of {@code from} to the end of this collection. */
    void copyFrom(ObjectArrays from, int i) {
        int k = add();
        px[k] = from.px[i];
        py[k] = from.py[i];
        pz[k] = from.pz[i];
        e[k] = from.e[i];
        pt[k] = from.pt[i];
        eta[k] = from.eta[i];
        phi[k] = from.phi[i];
        charge[k] = from.charge[i];
        flavour[k] = from.flavour[i];
        bTag[k] = from.bTag[i];
        dxyMm[k] = from.dxyMm[i];
        tracks[k] = from.tracks[i];
        vertexMass[k] = from.vertexMass[i];
    }

    /** Keeps the objects whose {@code keep} flag is set, in order. */
    void compact(boolean[] keep) {
        int n = size;
        size = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                int k = size++;
                if (k != i) {
                    px[k] = px[i];
                    py[k] = py[i];
                    pz[k] = pz[i];
                    e[k] = e[i];
                    pt[k] = pt[i];
                    eta[k] = eta[i];
                    phi[k] = phi[i];
                    charge[k] = charge[i];
                    flavour[k] = flavour[i];
                    bTag[k] = bTag[i];
                    dxyMm[k] = dxyMm[i];
                    tracks[k] = tracks[i];
                    vertexMass[k] = vertexMass[i];
                }
            }
        }
    }
}
