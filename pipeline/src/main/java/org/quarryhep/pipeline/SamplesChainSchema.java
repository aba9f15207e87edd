package org.quarryhep.pipeline;

import java.util.List;
import org.quarryhep.pipeline.AnalysisSchema.Key;

/**
 * The keys of {@code collider}, {@code samples} (with a grid's {@code from, to, points}) and {@code
 * chain}: what is simulated and how. A part of {@link AnalysisSchema#KEYS}, which joins the parts
 * in README order.
 */
final class SamplesChainSchema {
    static final List<Key> KEYS =
            List.of(
                    new Key("collider", "sqrt_s", "number (GeV)", "13000", "centre-of-mass energy"),
                    new Key(
                            "collider",
                            "pdf",
                            "string",
                            "NNPDF23_lo_as_0130_qed",
                            "LHAPDF set of the built-in generator"),
                    new Key(
                            "collider",
                            "scale",
                            "string",
                            "auto",
                            "scale choice (`quarry generate --scale`)"),
                    new Key(
                            "collider",
                            "luminosity_ifb",
                            "number (fb⁻¹)",
                            "required",
                            "integrated luminosity of all yields"),
                    new Key("samples[]", "name", "string", "required", "unique sample name"),
                    new Key(
                            "samples[]",
                            "role",
                            "signal | background",
                            "required",
                            "role in training and statistics"),
                    new Key(
                            "samples[]",
                            "process",
                            "string",
                            "one of process/files",
                            "built-in process (`quarry processes`)"),
                    new Key(
                            "samples[]",
                            "files",
                            "list of paths",
                            "one of process/files",
                            "external LHE/HepMC files, relative to the analysis file"),
                    new Key(
                            "samples[]",
                            "params",
                            "mapping name → number",
                            "process defaults",
                            "process or SM parameters"),
                    new Key(
                            "samples[]",
                            "grid",
                            "mapping name → list, or {from, to, points}",
                            "none",
                            "one sample per combination of parameter values, named"
                                    + " `name[p=v,...]`; the values become labels"),
                    new Key(
                            "samples[]",
                            "cuts",
                            "mapping name → number",
                            "none",
                            "generator cuts (MadGraph run-card names)"),
                    new Key(
                            "samples[]",
                            "events",
                            "integer",
                            "required for process; all for files",
                            "events to generate, or at most to read"),
                    new Key(
                            "samples[]",
                            "seed",
                            "integer",
                            "derived",
                            "the sample's seed (generator and detector streams)"),
                    new Key(
                            "samples[]",
                            "cross_section_pb",
                            "number (pb)",
                            "generator / file",
                            "σ the yields are normalised to"),
                    new Key("samples[]", "k_factor", "number", "1", "factor multiplying σ"),
                    new Key(
                            "samples[]",
                            "labels",
                            "mapping name → number",
                            "none",
                            "labels carried into feature tables (e.g. the mass hypothesis)"),
                    new Key("samples[].grid.*", "from", "number", "required", "first value"),
                    new Key("samples[].grid.*", "to", "number", "required", "last value"),
                    new Key(
                            "samples[].grid.*",
                            "points",
                            "integer ≥ 2",
                            "required",
                            "evenly spaced values from..to"),
                    new Key(
                            "chain",
                            "shower",
                            "boolean",
                            "false",
                            "parton shower with beam remnants (the shower module's default tune)"),
                    new Key(
                            "chain",
                            "hadronization",
                            "boolean",
                            "true",
                            "with the shower: hadronisation, then hadron and τ decays"),
                    new Key(
                            "chain",
                            "detector",
                            "string",
                            "cms",
                            "detector card: cms, atlas, hllhc or a card file"),
                    new Key("chain", "pileup", "number", "the card's", "mean pile-up interactions"),
                    new Key(
                            "chain",
                            "pileup_events",
                            "path",
                            "none",
                            "minimum-bias events to overlay (needed when pileup > 0)"));

    private SamplesChainSchema() {}
}
