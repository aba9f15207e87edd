package org.quarryhep.detector.format;

import java.util.List;

/**
 * The columnar format for reconstructed events, version {@value #VERSION}.
 *
 * <p>The file (gzip-compressed when its name ends in {@code .gz}; readers detect gzip from the
 * magic bytes {@code 1f 8b}) is a big-endian stream:
 *
 * <ol>
 *   <li>the 8 ASCII bytes {@code QRECOCOL}, an int32 format version, an int32 length and that many
 *       bytes of UTF-8 JSON header: {@code format}, {@code version}, {@code collections} (name,
 *       {@code per_event}, column names, in file order) and {@code provenance};
 *   <li>blocks of up to {@value #BLOCK_EVENTS} events: an int32 event count n &gt; 0, then for each
 *       collection in header order: unless it is per-event, n int32 object counts; then each column
 *       as float64 values of all the block's objects (integers, flags and charges are stored as
 *       exact float64 values);
 *   <li>an int32 0 and the int64 total number of events.
 * </ol>
 *
 * <p>Collections: {@code event} (one row per event: number, pile-up, MET), {@code weights}, {@code
 * electrons}, {@code muons}, {@code photons}, {@code taus}, {@code jets}, {@code vertices}; momenta
 * are (px, py, pz, e) in GeV, lengths in mm.
 *
 * <p>Version 2 replaced the vertices' {@code mass} column of version 1 by their four-momentum
 * ({@code px}, {@code py}, {@code pz}, {@code e}), which m(ℓ, SV) needs. Version 1 files are
 * refused with a message that names the version and says to re-run {@code quarry simulate}: a
 * version 1 file cannot give the vertex four-momentum, and reading it with the field absent would
 * let an analysis cut on m(ℓ, SV) silently drop every event.
 */
public final class ColumnarFormat {
    /** The leading magic bytes. */
    public static final String MAGIC = "QRECOCOL";

    /** The format version written. */
    public static final int VERSION = 2;

    /** Events per block. */
    public static final int BLOCK_EVENTS = 1000;

    /**
     * A collection of the schema.
     *
     * @param name the collection's name
     * @param perEvent true when there is exactly one row per event (no count block)
     * @param columns the column names, in file order
     */
    public record Collection(String name, boolean perEvent, List<String> columns) {}

    private static final List<String> LEPTON =
            List.of("px", "py", "pz", "e", "charge", "isolation", "d0_mm", "z0_mm");

    /** The collections of version {@value #VERSION}, in file order. */
    public static final List<Collection> SCHEMA =
            List.of(
                    new Collection(
                            "event", true, List.of("number", "pileup", "met_x", "met_y", "sum_et")),
                    new Collection("weights", false, List.of("value")),
                    new Collection("electrons", false, LEPTON),
                    new Collection("muons", false, LEPTON),
                    new Collection("photons", false, List.of("px", "py", "pz", "e", "isolation")),
                    new Collection(
                            "taus", false, List.of("px", "py", "pz", "e", "charge", "prongs")),
                    new Collection(
                            "jets",
                            false,
                            List.of(
                                    "px",
                                    "py",
                                    "pz",
                                    "e",
                                    "b_tag",
                                    "tau_tag",
                                    "flavour",
                                    "constituents")),
                    new Collection(
                            "vertices",
                            false,
                            List.of(
                                    "x_mm",
                                    "y_mm",
                                    "z_mm",
                                    "dxy_mm",
                                    "tracks",
                                    "px",
                                    "py",
                                    "pz",
                                    "e",
                                    "lepton_pdg_id",
                                    "lepton_pt")));

    private ColumnarFormat() {}
}
