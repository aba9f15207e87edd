/**
 * The HEPData submission: {@code submission.yaml} plus one YAML data file per table or figure, the
 * pyhf workspaces, ONNX models and plot images as additional resources, zipped for upload; and a
 * validator that applies HEPData's JSON schemas (version 1.1.1) and the checks of HEPData's own
 * validator to a submission folder.
 */
package org.quarryhep.report.hepdata;
