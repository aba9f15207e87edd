package org.quarryhep.shower.parton;

import org.quarryhep.core.QuarryException;

/**
 * A parton-level event the shower cannot take: broken colour lines, momentum not conserved, an
 * unknown PDG id. The message names the event number and the particle (1-based, the line within the
 * LHE event block).
 */
public final class InvalidPartonEventException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message names event and particle. */
    public InvalidPartonEventException(String message) {
        super(message);
    }
}
