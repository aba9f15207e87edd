/** Runs scans on Apache Spark (ServiceLoader plug-in of scan). */
package org.quarryhep.spark;
