/** Plots, HTML report, HEPData submission and tables from results.json. */
package org.quarryhep.report;
