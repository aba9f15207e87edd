package org.quarryhep.core;

/**
 * Canonical units and conversion factors. Quarry computes in GeV, mm, ns and pb; a value in another
 * unit is multiplied by the factor here once, at an I/O boundary.
 *
 * <p>Example: a HepMC file in MEV stores momenta that become GeV as {@code p * Units.MEV}.
 */
public final class Units {
    private Units() {}

    /** Energy, momentum and mass: 1 GeV (canonical). */
    public static final double GEV = 1.0;

    /** 1 MeV in GeV. */
    public static final double MEV = 1e-3;

    /** 1 TeV in GeV. */
    public static final double TEV = 1e3;

    /** 1 keV in GeV. */
    public static final double KEV = 1e-6;

    /** Length: 1 mm (canonical). */
    public static final double MM = 1.0;

    /** 1 cm in mm. */
    public static final double CM = 10.0;

    /** 1 m in mm. */
    public static final double M = 1000.0;

    /** 1 µm in mm. */
    public static final double UM = 1e-3;

    /** Time: 1 ns (canonical). */
    public static final double NS = 1.0;

    /** 1 ps in ns. */
    public static final double PS = 1e-3;

    /** Cross section: 1 pb (canonical). */
    public static final double PB = 1.0;

    /** 1 fb in pb. */
    public static final double FB = 1e-3;

    /** 1 nb in pb. */
    public static final double NB = 1e3;

    /** 1 µb in pb. */
    public static final double UB = 1e6;

    /** 1 mb in pb. */
    public static final double MB = 1e9;

    /** Integrated luminosity: 1 pb⁻¹ (canonical); 1 fb⁻¹ = 1000 pb⁻¹. */
    public static final double INV_FB = 1e3;

    /** Speed of light in mm/ns, for converting between c·τ (mm) and τ (ns). */
    public static final double C_MM_PER_NS = 299.792458;

    /** ħc in GeV·mm, for converting a width Γ (GeV) to a proper decay length cτ = ħc/Γ (mm). */
    public static final double HBARC_GEV_MM = 1.973269804e-13;

    /** Conversion from GeV⁻² to pb: (ħc)² = 0.3893793721 GeV² mb. */
    public static final double GEV2_TO_PB = 0.3893793721e9;
}
