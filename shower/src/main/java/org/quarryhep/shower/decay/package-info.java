/**
 * Hadron and τ decays: the particle-data and decay table written from the PDG 2024 review ({@link
 * org.quarryhep.shower.decay.ParticleDataTable}), flat n-body phase space, τ decays with spin
 * ({@link org.quarryhep.shower.decay.TauPolarisation}), and displaced decay vertices ({@link
 * org.quarryhep.shower.decay.Decays}).
 */
package org.quarryhep.shower.decay;
