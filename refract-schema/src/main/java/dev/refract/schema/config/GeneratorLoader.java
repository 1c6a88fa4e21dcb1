package dev.refract.schema.config;

import dev.refract.schema.ast.ConfigBlockProperty;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.GeneratorConfig;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.Top;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the {@code generator} blocks of one file and checks their preview features against the
 * provider of the datasource in the same file.
 */
final class GeneratorLoader {
    private final Diagnostics diagnostics;
    private final FeatureMap features;

    private GeneratorLoader(Diagnostics diagnostics, FeatureMap features) {
        this.diagnostics = diagnostics;
        this.features = features;
    }

    static List<Generator> load(SchemaAst ast, FeatureMap features, Diagnostics diagnostics) {
        GeneratorLoader loader = new GeneratorLoader(diagnostics, features);
        List<Generator> out = new ArrayList<>();
        for (Top top : ast.tops()) {
            if (top instanceof GeneratorConfig g) {
                Generator generator = loader.lift(g);
                if (generator != null) {
                    out.add(generator);
                }
            }
        }
        return out;
    }

    private Generator lift(GeneratorConfig block) {
        String name = block.name().name();
        Map<String, Expression> props = new LinkedHashMap<>();
        for (ConfigBlockProperty p : block.properties()) {
            if (p.value() == null) {
                diagnostics.error("Property " + p.name().name() + " in generator " + name
                        + " needs to be assigned a value", block.span());
                return null;
            }
            props.put(p.name().name(), p.value());
        }

        Expression engineType = props.get("engineType");
        if (engineType != null && !(engineType instanceof Expression.StringValue)) {
            Coerce.mismatch("String", engineType, diagnostics);
        }

        Expression providerValue = props.remove("provider");
        if (providerValue == null) {
            diagnostics.error("Argument \"provider\" is missing in generator block \"" + name + "\".", block.span());
            return null;
        }
        StringFromEnvVar provider = StringFromEnvVar.coerce(providerValue, diagnostics);
        if (provider == null) {
            return null;
        }

        Expression outputValue = props.remove("output");
        StringFromEnvVar output = outputValue == null ? null : StringFromEnvVar.coerce(outputValue, diagnostics);

        Expression targetsValue = props.remove("binaryTargets");
        List<StringFromEnvVar> binaryTargets = targetsValue == null ? null
                : Coerce.array(targetsValue, StringFromEnvVar::coerce, diagnostics);

        Set<PreviewFeature> previewFeatures = null;
        Expression featuresValue = props.remove("previewFeatures");
        if (featuresValue != null) {
            List<String> names = Coerce.array(featuresValue, Coerce::string, diagnostics);
            if (names != null) {
                previewFeatures = previewFeatures(names, featuresValue.span());
            }
        }

        Map<String, GeneratorConfigValue> config = new LinkedHashMap<>();
        for (Map.Entry<String, Expression> e : props.entrySet()) {
            GeneratorConfigValue value = configValue(e.getValue());
            if (value == null) {
                return null;
            }
            config.put(e.getKey(), value);
        }

        String doc = block.documentation() == null ? null : block.documentation().text();
        return new Generator(name, provider, output, binaryTargets == null ? List.of() : binaryTargets,
                previewFeatures, config, doc, block.span());
    }

    private Set<PreviewFeature> previewFeatures(List<String> names, Span span) {
        Set<PreviewFeature> out = EnumSet.noneOf(PreviewFeature.class);
        for (String written : names) {
            PreviewFeature feature = PreviewFeature.parse(written);
            if (feature != null && features.isStabilized(feature)) {
                PreviewFeature renamed = features.renamedTo(feature);
                if (renamed != null) {
                    out.add(renamed);
                    diagnostics.warning("On `provider = \"" + features.provider() + "\"`, preview feature \"" + written
                            + "\" has been renamed to \"" + renamed + "\". Learn more at https://pris.ly/d/"
                            + FeatureMap.renameLink(renamed) + ".", span);
                } else {
                    out.add(feature);
                    diagnostics.warning("Preview feature \"" + written + "\" is deprecated. The functionality can be "
                            + "used without specifying it as a preview feature.", span);
                }
            } else if (feature != null && features.isDeprecated(feature)) {
                out.add(feature);
                diagnostics.warning("Preview feature \"" + written + "\" is deprecated. It will be removed in a "
                        + "future version of Prisma.", span);
            } else if (feature == null || !features.isValid(feature)) {
                diagnostics.error("The preview feature \"" + written + "\" is not known. Expected one of: "
                        + features.expectedList(), span);
            } else {
                out.add(feature);
            }
        }
        return out;
    }

    private GeneratorConfigValue configValue(Expression expr) {
        if (expr instanceof Expression.FunctionCall call && call.name().equals("env")) {
            String variable = EnvFunction.variableName(call, diagnostics);
            return variable == null ? null : new GeneratorConfigValue.Env(variable);
        }
        if (expr instanceof Expression.StringValue s) {
            return new GeneratorConfigValue.Text(s.value());
        }
        if (expr instanceof Expression.ArrayExpression array) {
            List<GeneratorConfigValue> elements = new ArrayList<>();
            for (Expression e : array.elements()) {
                GeneratorConfigValue v = configValue(e);
                if (v == null) {
                    return null;
                }
                elements.add(v);
            }
            return new GeneratorConfigValue.Array(elements);
        }
        // Numbers, constants and other functions are kept as written.
        return new GeneratorConfigValue.Text(expr.render());
    }
}
