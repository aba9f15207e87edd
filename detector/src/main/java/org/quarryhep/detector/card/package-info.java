/**
 * Detector cards: the versioned YAML description of a parametrised detector (efficiencies,
 * resolutions, tagging, pile-up), with the CMS, ATLAS and HL-LHC presets that follow the published
 * Delphes cards.
 */
package org.quarryhep.detector.card;
