/**
 * Model parameters: the Standard Model's electroweak inputs and couplings in MadGraph5's scheme.
 */
package org.quarryhep.gen.model;
