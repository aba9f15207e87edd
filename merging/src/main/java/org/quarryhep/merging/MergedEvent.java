package org.quarryhep.merging;

import org.quarryhep.core.Event;

/**
 * One event of the merged sample.
 *
 * @param partons the number of extra partons of the sample it came from
 * @param partonLevel the matrix-element event with its merged weight and CKKW scales
 * @param showered the same event after the parton shower that was matched (no hadronisation), or
 *     null when the run was not asked for it
 */
public record MergedEvent(int partons, Event partonLevel, Event showered) {}
