/**
 * Phase space and integration: two-body decays and Breit–Wigner mappings, RAMBO flat n-body phase
 * space (the cross-check), and the VEGAS adaptive grid.
 */
package org.quarryhep.gen.phasespace;
