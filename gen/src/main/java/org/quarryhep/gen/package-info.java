/**
 * The built-in leading-order parton-level event generator: VEGAS integration, unweighting or
 * weighted output, multithreaded and reproducible for a seed, producing core {@code Event}s and a
 * {@code RunInfo} for the LHE init block.
 */
package org.quarryhep.gen;
