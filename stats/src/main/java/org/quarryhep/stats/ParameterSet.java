package org.quarryhep.stats;

/**
 * A named slice of the model's flat parameter vector.
 *
 * @param name the parameter name from the workspace
 * @param type the modifier type that declared it (normfactor, normsys, …)
 * @param offset the index of its first component in the flat vector
 * @param size the number of components (1, or the channel's bin count for per-bin types)
 */
public record ParameterSet(String name, String type, int offset, int size) {
    /**
     * The display name of component i: the name itself for scalars, {@code name[i]} otherwise
     * (pyhf's convention).
     *
     * @param i the component
     * @return the name
     */
    public String componentName(int i) {
        return size == 1
                        && !type.equals("shapesys")
                        && !type.equals("staterror")
                        && !type.equals("shapefactor")
                ? name
                : name + "[" + i + "]";
    }
}
