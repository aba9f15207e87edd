package org.quarryhep.shower.hadron;

import org.quarryhep.core.FourMomentum;

/** A primary hadron whose momentum may still change when it serves as recoil partner. */
final class PrimaryHadron {
    final int id;
    FourMomentum p;

    PrimaryHadron(int id, FourMomentum p) {
        this.id = id;
        this.p = p;
    }
}
