/** Parton shower, hadronisation, hadron and tau decays: partons to particles. */
package org.quarryhep.shower;
