package org.quarryhep.core;

/**
 * A cross section with its uncertainty, in pb.
 *
 * @param valuePb cross section, pb
 * @param errorPb its uncertainty, pb
 */
public record CrossSection(double valuePb, double errorPb) {}
