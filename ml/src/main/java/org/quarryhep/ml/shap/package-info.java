/**
 * SHAP explanations: exact TreeSHAP for BDTs (from XGBoost's contributions) and a model-agnostic
 * permutation estimator with a background sample for any model; global rankings by mean |SHAP| and
 * the data of a beeswarm plot.
 */
package org.quarryhep.ml.shap;
