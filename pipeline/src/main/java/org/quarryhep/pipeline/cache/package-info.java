/**
 * The content-addressed stage cache: each stage's output lives in a directory named by the SHA-256
 * of the stage's configuration, its inputs' keys and Quarry's version, so an unchanged stage is
 * found again and a changed one gets a new directory.
 */
package org.quarryhep.pipeline.cache;
