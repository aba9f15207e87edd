/**
 * The full chain against measured data and conservation laws: event sources (e⁺e⁻ → qq̄, gen's
 * Drell–Yan), the YODA reader for the shared LEP and ATLAS measurements, observables and the
 * comparisons.
 */
package org.quarryhep.shower.validation;
