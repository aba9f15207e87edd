/**
 * The built-in hard processes: matrix elements (analytic, checked against textbook partonic cross
 * sections), their phase-space mappings and decays, and the catalogue that creates them by name
 * with MadGraph-style parameters.
 */
package org.quarryhep.gen.process;
