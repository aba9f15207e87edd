/**
 * The self-contained HTML page of a report: one file, its own style sheet inline, images beside it
 * under {@code plots/}, no script and nothing fetched from the network.
 */
package org.quarryhep.report.html;
