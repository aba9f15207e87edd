package org.quarryhep.shower.parton;

/**
 * One trial of the veto algorithm in {@link SystemEvolution}: the scale and what to do there; the
 * highest trial among all dipole ends is the one tried for acceptance.
 */
final class EvolutionTrial {
    double t;
    Parton i;
    Parton k;
    boolean colourSide;
    int channel;
    double aOver;
    double epsilon;
    double extra;
    int flavours;
}
