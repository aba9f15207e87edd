package org.quarryhep.core;

/** A PDG code or particle name that Quarry cannot identify. */
public class UnknownParticleException extends QuarryException {
    /** Creates the exception with a message naming the code or name. */
    public UnknownParticleException(String message) {
        super(message);
    }
}
