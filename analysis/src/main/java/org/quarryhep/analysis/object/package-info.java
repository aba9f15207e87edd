/**
 * Definitions of the physics objects an analysis selects (electrons, muons, jets, vertices, merged
 * collections) and of ordered overlap removal.
 */
package org.quarryhep.analysis.object;
