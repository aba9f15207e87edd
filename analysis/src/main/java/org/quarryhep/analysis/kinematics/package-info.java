/**
 * Event-level kinematic variables that need more than a four-vector sum: transverse masses (m_T,
 * M_T2 by bisection, m_CT and its boost correction), the collinear mass, and jet vetoes.
 */
package org.quarryhep.analysis.kinematics;
