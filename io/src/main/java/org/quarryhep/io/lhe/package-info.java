/** Les Houches Event files (LHEF 1.0, 2.0 and 3.0): {@code LheReader} and {@code LheWriter}. */
package org.quarryhep.io.lhe;
