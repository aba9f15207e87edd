package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quarryhep.analysis.internal.ExpressionCompiler;
import org.quarryhep.analysis.internal.ExpressionSyntaxException;
import org.quarryhep.analysis.internal.ObjectBuilder;
import org.quarryhep.analysis.internal.Program;
import org.quarryhep.analysis.internal.Scope;
import org.quarryhep.analysis.internal.Value;
import org.quarryhep.analysis.object.ObjectDefinition;
import org.quarryhep.analysis.object.ObjectSource;
import org.quarryhep.analysis.object.OverlapRemovalStep;
import org.quarryhep.config.ConfigNode;

/** Reads and validates the event-level sections into an {@link AnalysisDefinition}. */
final class DefinitionReader implements Scope {

    private final ConfigNode objectsNode;
    private final ConfigNode selectionNode;
    private final Optional<ConfigNode> variablesNode;
    private final Optional<ConfigNode> featuresNode;
    private final Optional<ConfigNode> histogramsNode;
    private final Optional<ConfigNode> profilesNode;

    private final List<ObjectDefinition> objects = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<VariableDefinition> variables = new ArrayList<>();
    private final List<ConfigNode> variableNodes = new ArrayList<>();
    private final Map<String, Integer> variableIndex = new HashMap<>();
    private final List<String> categoryNames = new ArrayList<>();

    DefinitionReader(
            ConfigNode objects,
            ConfigNode selection,
            Optional<ConfigNode> variables,
            Optional<ConfigNode> features,
            Optional<ConfigNode> histograms,
            Optional<ConfigNode> profiles) {
        this.objectsNode = objects;
        this.selectionNode = selection;
        this.variablesNode = variables;
        this.featuresNode = features;
        this.histogramsNode = histograms;
        this.profilesNode = profiles;
    }

    /** The compiled variables: code and dependencies per variable, parameters and scores. */
    private record CompiledVariables(
            Value[] code,
            BitSet[] deps,
            List<String> parameterNames,
            Set<String> optionalParameters,
            List<String> scoreModels,
            List<String> scoreSets) {}

    /** The compiled cut-flow: common cuts, then per category its requirement and cuts. */
    private record CompiledSelection(
            List<CutDefinition> commonCuts,
            List<Value> commonCode,
            List<Boolean> commonVeto,
            Value[] require,
            Value[][] categoryCuts,
            boolean[][] categoryVeto,
            List<CategoryDefinition> categories) {}

    /** Feature-set columns (variable indices) and the categories each set is filled in. */
    private record CompiledFeatures(int[][] columns, boolean[][] categories) {}

    AnalysisDefinition read() {
        ObjectsSectionReader objectsReader = new ObjectsSectionReader(objectsNode);
        List<OverlapRemovalStep> overlap = objectsReader.read();
        objects.addAll(objectsReader.objects());
        slots.putAll(objectsReader.slots());
        selectionNode.allowOnly("cuts", "categories");
        List<CategoryDefinition> categories = readCategoryNames();
        readVariableNames();
        List<FeatureSetDefinition> features = readFeatureSets();
        CompiledVariables vars = compileVariables(features);
        // Each variable exists in the categories where everything it reads exists.
        VariableCategories where =
                new VariableCategories(variables, variableNodes, categoryNames, vars.deps());
        CompiledSelection sel = compileSelection(categories, where);
        CompiledFeatures feats = compileFeatures(features, where);
        BinnedSectionsReader binned =
                new BinnedSectionsReader(this::variable, this::categoryMask, where);
        BinnedSectionsReader.CompiledHistograms hists = binned.histograms(histogramsNode);
        BinnedSectionsReader.CompiledProfiles profiles = binned.profiles(profilesNode);
        ObjectBuilder builder = new ObjectBuilder(objects, overlap, slots::get);
        Program program =
                new Program(
                        builder,
                        objects.size(),
                        vars.code(),
                        sel.commonCode().toArray(new Value[0]),
                        toArray(sel.commonVeto()),
                        sel.require(),
                        sel.categoryCuts(),
                        sel.categoryVeto(),
                        scoreInputs(vars.scoreSets(), features, feats.columns()),
                        scorePlaceholders(vars.scoreSets(), features));
        return new AnalysisDefinition(
                objects,
                overlap,
                sel.commonCuts(),
                sel.categories(),
                variables,
                features,
                hists.definitions(),
                program,
                feats.columns(),
                feats.categories(),
                hists.variables(),
                hists.categories(),
                new AnalysisDefinition.Profiles(
                        profiles.definitions(), profiles.variables(), profiles.categories()),
                vars.parameterNames(),
                vars.optionalParameters(),
                vars.scoreModels(),
                vars.scoreSets());
    }

    /**
     * Compiles every variable: expressions, per-sample parameters (one slot per name) and model
     * scores (their feature set's columns are their dependencies; a score without categories of its
     * own exists where its feature rows do).
     */
    private CompiledVariables compileVariables(List<FeatureSetDefinition> features) {
        int nv = variables.size();
        Value[] code = new Value[nv];
        BitSet[] deps = new BitSet[nv];
        List<String> parameterNames = new ArrayList<>();
        Set<String> optionalParameters = new java.util.TreeSet<>();
        List<String> scoreModels = new ArrayList<>();
        List<String> scoreSets = new ArrayList<>();
        for (int i = 0; i < nv; i++) {
            VariableDefinition v = variables.get(i);
            ConfigNode node = variableNodes.get(i);
            switch (v.kind()) {
                case EXPRESSION -> {
                    ExpressionCompiler.Compiled c = compile(v.text(), expressionNode(node));
                    code[i] = c.value();
                    deps[i] = c.dependencies();
                }
                case PARAMETER -> {
                    int slot = parameterNames.indexOf(v.text());
                    if (slot < 0) {
                        slot = parameterNames.size();
                        parameterNames.add(v.text());
                    }
                    code[i] = Program.parameterValue(slot);
                    deps[i] = new BitSet();
                    if (!node.isScalar()
                            && node.opt("optional").map(ConfigNode::asBoolean).orElse(false)) {
                        optionalParameters.add(v.text());
                    }
                }
                case SCORE -> {
                    int set = indexOfSet(features, v.featureSet());
                    if (set < 0) {
                        throw node.get("features")
                                .error(
                                        "no feature set '"
                                                + v.featureSet()
                                                + "'; the features section defines "
                                                + features.stream()
                                                        .map(FeatureSetDefinition::name)
                                                        .toList());
                    }
                    FeatureSetDefinition fs = features.get(set);
                    int[] inputs = new int[fs.columns().size()];
                    deps[i] = new BitSet();
                    for (int k = 0; k < inputs.length; k++) {
                        inputs[k] = variableIndex.get(fs.columns().get(k));
                        deps[i].set(inputs[k]);
                    }
                    code[i] = Program.scoreValue(scoreModels.size(), fs.placeholder(), inputs);
                    if (v.categories().isEmpty()) {
                        // A score exists where its feature rows do.
                        variables.set(
                                i,
                                new VariableDefinition(
                                        v.name(),
                                        v.kind(),
                                        v.text(),
                                        v.featureSet(),
                                        fs.categories()));
                    }
                    scoreModels.add(v.text());
                    scoreSets.add(fs.name());
                }
            }
        }
        return new CompiledVariables(
                code, deps, parameterNames, optionalParameters, scoreModels, scoreSets);
    }

    /** Compiles the common cuts, then each category's requirement and cuts. */
    private CompiledSelection compileSelection(
            List<CategoryDefinition> categories, VariableCategories where) {
        List<CutDefinition> commonCuts = new ArrayList<>();
        List<Value> commonCode = new ArrayList<>();
        List<Boolean> commonVeto = new ArrayList<>();
        Optional<ConfigNode> cutsNode = selectionNode.opt("cuts");
        if (cutsNode.isPresent()) {
            readCuts(cutsNode.get(), -1, where, commonCuts, commonCode, commonVeto);
        }
        int nc = categories.size();
        Value[] require = new Value[nc];
        Value[][] catCuts = new Value[nc][];
        boolean[][] catVeto = new boolean[nc][];
        List<CategoryDefinition> finalCategories = new ArrayList<>();
        Optional<ConfigNode> catsNode = selectionNode.opt("categories");
        for (int k = 0; k < nc; k++) {
            List<CutDefinition> defs = new ArrayList<>();
            List<Value> cc = new ArrayList<>();
            List<Boolean> cv = new ArrayList<>();
            if (catsNode.isPresent()) {
                ConfigNode cn = catsNode.get().asList().get(k);
                ConfigNode req = cn.get("require");
                ExpressionCompiler.Compiled c = compile(req.asString(), req);
                where.checkExists(c.dependencies(), -1, req, "the category requirement");
                require[k] = c.value();
                Optional<ConfigNode> own = cn.opt("cuts");
                if (own.isPresent()) {
                    readCuts(own.get(), k, where, defs, cc, cv);
                }
            } else {
                require[k] = c -> 1;
            }
            catCuts[k] = cc.toArray(new Value[0]);
            catVeto[k] = toArray(cv);
            finalCategories.add(
                    new CategoryDefinition(
                            categories.get(k).name(), categories.get(k).require(), defs));
        }
        return new CompiledSelection(
                commonCuts, commonCode, commonVeto, require, catCuts, catVeto, finalCategories);
    }

    /** Resolves each feature set's columns and checks they exist in its categories. */
    private CompiledFeatures compileFeatures(
            List<FeatureSetDefinition> features, VariableCategories where) {
        Map<String, ConfigNode> featureNodes =
                featuresNode.map(ConfigNode::entries).orElse(Map.of());
        int[][] featureColumns = new int[features.size()][];
        boolean[][] featureCats = new boolean[features.size()][];
        for (int f = 0; f < features.size(); f++) {
            FeatureSetDefinition fs = features.get(f);
            ConfigNode fn = featureNodes.get(fs.name());
            featureCats[f] = categoryMask(fs.categories(), fn);
            featureColumns[f] = new int[fs.columns().size()];
            List<ConfigNode> colNodes = fn.get("columns").asList();
            for (int k = 0; k < fs.columns().size(); k++) {
                int v = variableIndex.get(fs.columns().get(k));
                featureColumns[f][k] = v;
                where.checkInCategories(
                        v, featureCats[f], colNodes.get(k), "feature set '" + fs.name() + "'");
            }
        }
        return new CompiledFeatures(featureColumns, featureCats);
    }

    // ---- selection ----

    private List<CategoryDefinition> readCategoryNames() {
        List<CategoryDefinition> out = new ArrayList<>();
        Optional<ConfigNode> cats = selectionNode.opt("categories");
        if (cats.isEmpty()) {
            categoryNames.add(AnalysisDefinition.INCLUSIVE);
            out.add(new CategoryDefinition(AnalysisDefinition.INCLUSIVE, "1", List.of()));
            return out;
        }
        List<ConfigNode> list = cats.get().asList();
        if (list.isEmpty()) {
            throw cats.get().error("list at least one category, or leave 'categories' out");
        }
        for (ConfigNode c : list) {
            c.allowOnly("name", "require", "cuts");
            ConfigNode nameNode = c.get("name");
            String name = nameNode.asString();
            if (!name.matches("[A-Za-z0-9_.+-]+")) {
                throw nameNode.error(
                        "category name '" + name + "' must be letters, digits and _ . + -");
            }
            if (categoryNames.contains(name)) {
                throw nameNode.error("category '" + name + "' is defined twice");
            }
            categoryNames.add(name);
            out.add(new CategoryDefinition(name, c.get("require").asString(), List.of()));
        }
        return out;
    }

    private void readCuts(
            ConfigNode list,
            int category,
            VariableCategories where,
            List<CutDefinition> defs,
            List<Value> code,
            List<Boolean> veto) {
        List<String> names = new ArrayList<>();
        for (ConfigNode c : list.asList()) {
            c.allowOnly("name", "require", "veto");
            String name = c.get("name").asString();
            if (names.contains(name)) {
                throw c.get("name").error("cut '" + name + "' appears twice in this list");
            }
            names.add(name);
            boolean isVeto = c.has("veto");
            if (isVeto == c.has("require")) {
                throw c.error(
                        "a cut has exactly one of 'require' (what passes) or 'veto' (what is rejected)");
            }
            ConfigNode expr = c.get(isVeto ? "veto" : "require");
            ExpressionCompiler.Compiled compiled = compile(expr.asString(), expr);
            where.checkExists(compiled.dependencies(), category, expr, "cut '" + name + "'");
            defs.add(new CutDefinition(name, expr.asString(), isVeto));
            code.add(compiled.value());
            veto.add(isVeto);
        }
    }

    // ---- variables ----

    private void readVariableNames() {
        if (variablesNode.isEmpty()) {
            return;
        }
        for (Map.Entry<String, ConfigNode> e : variablesNode.get().entries().entrySet()) {
            String name = e.getKey();
            ConfigNode n = e.getValue();
            SectionValues.checkName(name, n, "variable");
            if (slots.containsKey(name) || name.equals("met")) {
                throw n.error("variable '" + name + "' has the name of an object collection");
            }
            VariableDefinition v = VariableEntry.read(name, n, categoryNames);
            variableIndex.put(name, variables.size());
            variables.add(v);
            variableNodes.add(n);
        }
    }

    private static ConfigNode expressionNode(ConfigNode variable) {
        return variable.isScalar() ? variable : variable.get("expr");
    }

    // ---- features and histograms ----

    private List<FeatureSetDefinition> readFeatureSets() {
        List<FeatureSetDefinition> out = new ArrayList<>();
        if (featuresNode.isEmpty()) {
            return out;
        }
        for (Map.Entry<String, ConfigNode> e : featuresNode.get().entries().entrySet()) {
            ConfigNode f = e.getValue();
            SectionValues.checkName(e.getKey(), f, "feature set");
            f.allowOnly("columns", "categories", "placeholder", "labels", "parameters");
            List<String> columns = new ArrayList<>();
            List<ConfigNode> colNodes = f.get("columns").asList();
            if (colNodes.isEmpty()) {
                throw f.get("columns").error("list at least one variable");
            }
            for (ConfigNode c : colNodes) {
                variable(c);
                if (columns.contains(c.asString())) {
                    throw c.error("column '" + c.asString() + "' is listed twice");
                }
                columns.add(c.asString());
            }
            double placeholder = f.opt("placeholder").map(ConfigNode::asDouble).orElse(-999.0);
            categoryMask(SectionValues.stringList(f.opt("categories")), f);
            out.add(
                    new FeatureSetDefinition(
                            e.getKey(),
                            columns,
                            SectionValues.stringList(f.opt("categories")),
                            placeholder,
                            SectionValues.stringList(f.opt("labels")),
                            SectionValues.stringList(f.opt("parameters"))));
        }
        return out;
    }

    private int variable(ConfigNode n) {
        Integer v = variableIndex.get(n.asString());
        if (v == null) {
            throw n.error(
                    "unknown variable '"
                            + n.asString()
                            + "'; the variables section defines "
                            + variableNames());
        }
        return v;
    }

    private boolean[] categoryMask(List<String> cats, ConfigNode owner) {
        boolean[] mask = new boolean[categoryNames.size()];
        if (cats.isEmpty()) {
            Arrays.fill(mask, true);
            return mask;
        }
        List<ConfigNode> nodes = owner.get("categories").asList();
        for (int i = 0; i < cats.size(); i++) {
            int k = categoryNames.indexOf(cats.get(i));
            if (k < 0) {
                throw nodes.get(i)
                        .error(
                                "unknown category '"
                                        + cats.get(i)
                                        + "'; the selection defines "
                                        + categoryNames);
            }
            mask[k] = true;
        }
        return mask;
    }

    private static int[][] scoreInputs(
            List<String> sets, List<FeatureSetDefinition> features, int[][] columns) {
        int[][] out = new int[sets.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns[indexOfSet(features, sets.get(i))];
        }
        return out;
    }

    private static double[] scorePlaceholders(
            List<String> sets, List<FeatureSetDefinition> features) {
        double[] out = new double[sets.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = features.get(indexOfSet(features, sets.get(i))).placeholder();
        }
        return out;
    }

    private static int indexOfSet(List<FeatureSetDefinition> features, String name) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    // ---- shared ----

    private ExpressionCompiler.Compiled compile(String text, ConfigNode at) {
        try {
            return ExpressionCompiler.compile(text, this);
        } catch (ExpressionSyntaxException e) {
            throw at.error("in expression \"" + text + "\", " + e.getMessage());
        }
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    @Override
    public int collectionSlot(String name) {
        Integer s = slots.get(name);
        return s == null ? -1 : s;
    }

    @Override
    public boolean isVertexCollection(int slot) {
        return objects.get(slot).source() == ObjectSource.VERTICES;
    }

    @Override
    public int variableIndex(String name) {
        Integer v = variableIndex.get(name);
        return v == null ? -1 : v;
    }

    @Override
    public List<String> collectionNames() {
        return objects.stream().map(ObjectDefinition::name).toList();
    }

    @Override
    public List<String> variableNames() {
        return variables.stream().map(VariableDefinition::name).toList();
    }
}
