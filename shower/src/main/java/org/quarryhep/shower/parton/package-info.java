/**
 * The p⊥-ordered dipole parton shower: final- and initial-state radiation with exact momentum
 * conservation, massive c and b, CMW running coupling, first-emission matrix-element corrections,
 * resonance systems, beam remnants and primordial k⊥.
 */
package org.quarryhep.shower.parton;
