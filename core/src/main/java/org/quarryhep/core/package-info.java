/**
 * Quarry's foundation: Lorentz four-vectors and kinematics, the PDG particle table, the event
 * record ({@link org.quarryhep.core.Event}, {@link org.quarryhep.core.Particle}, {@link
 * org.quarryhep.core.Vertex}, {@link org.quarryhep.core.RunInfo}), canonical units, seeded random
 * streams and provenance records. Depends on the JDK only.
 *
 * <p>Conventions: energies and momenta in GeV, lengths in mm, times in ns (c = 1 so mm/c for vertex
 * times), cross sections in pb; φ ∈ [−π, π).
 */
package org.quarryhep.core;
