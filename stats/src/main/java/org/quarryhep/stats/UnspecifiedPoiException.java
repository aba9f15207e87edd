package org.quarryhep.stats;

/** An inference that needs a parameter of interest was asked of a model without one. */
public class UnspecifiedPoiException extends InvalidModelException {
    /**
     * Creates the exception.
     *
     * @param message which measurement or model lacks the POI
     */
    public UnspecifiedPoiException(String message) {
        super(message);
    }
}
