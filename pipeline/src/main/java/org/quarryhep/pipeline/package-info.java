/** Runs a whole analysis file: samples, stages, content-addressed cache, results.json. */
package org.quarryhep.pipeline;
