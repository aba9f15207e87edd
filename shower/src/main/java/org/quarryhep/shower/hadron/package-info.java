/**
 * Hadronisation: the Lund string model ({@link org.quarryhep.shower.hadron.Hadronization}) with its
 * parameters ({@link org.quarryhep.shower.hadron.HadronizationParameters}).
 */
package org.quarryhep.shower.hadron;
