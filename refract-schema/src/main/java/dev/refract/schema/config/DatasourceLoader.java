package dev.refract.schema.config;

import dev.refract.schema.ast.ConfigBlockProperty;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.SourceConfig;
import dev.refract.schema.ast.Top;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.ConnectorData;
import dev.refract.schema.connector.Connectors;
import dev.refract.schema.connector.RelationMode;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the {@code datasource} blocks of one file. Reports in Prisma's order: missing values,
 * provider, relation mode, connector properties, urls, misplaced preview features, schemas,
 * unknown properties. A url may be omitted (Prisma 7 keeps it in prisma.config.ts).
 */
final class DatasourceLoader {
    private final Diagnostics diagnostics;

    private DatasourceLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static List<Datasource> load(SchemaAst ast, Diagnostics diagnostics) {
        DatasourceLoader loader = new DatasourceLoader(diagnostics);
        List<SourceConfig> blocks = new ArrayList<>();
        for (Top top : ast.tops()) {
            if (top instanceof SourceConfig s) {
                blocks.add(s);
            }
        }
        List<Datasource> out = new ArrayList<>();
        for (SourceConfig block : blocks) {
            Datasource ds = loader.lift(block);
            if (ds != null) {
                out.add(ds);
            }
        }
        if (out.size() > 1) {
            for (SourceConfig block : blocks) {
                diagnostics.error(sourceError(block.name().name(), "You defined more than one datasource. This is "
                        + "not allowed yet because support for multiple databases has not been implemented yet."),
                        block.span());
            }
        }
        return out;
    }

    private static String sourceError(String source, String message) {
        return "Error validating datasource `" + source + "`: " + message;
    }

    private Datasource lift(SourceConfig block) {
        String name = block.name().name();
        Map<String, DatasourceProperty> props = new LinkedHashMap<>();
        for (ConfigBlockProperty p : block.properties()) {
            if (p.value() == null) {
                // Prisma stops at the first property without value.
                diagnostics.error("Property " + p.name().name() + " in datasource " + name
                        + " needs to be assigned a value", block.span());
                return null;
            }
            props.put(p.name().name(), new DatasourceProperty(p.name().name(), p.span(), p.value()));
        }

        DatasourceProperty providerProp = props.remove("provider");
        if (providerProp == null) {
            diagnostics.error("Argument \"provider\" is missing in data source block \"" + name + "\".", block.span());
            return null;
        }
        Expression providerValue = providerProp.value();
        if (providerValue instanceof Expression.FunctionCall call && call.name().equals("env")) {
            diagnostics.error("A datasource must not use the env() function in the provider argument.", block.span());
            return null;
        }
        if (!(providerValue instanceof Expression.StringValue providerString)) {
            diagnostics.error(sourceError(name, "The provider argument in a datasource must be a string literal"),
                    providerValue.span());
            return null;
        }
        String provider = providerString.value();
        if (provider.isEmpty()) {
            diagnostics.error(sourceError(name, "The provider argument in a datasource must not be empty"),
                    providerValue.span());
            return null;
        }
        Connector connector = Connectors.forProvider(provider).orElse(null);
        if (connector == null) {
            diagnostics.error("Datasource provider not known: \"" + provider + "\".", providerValue.span());
            return null;
        }

        RelationMode relationMode = relationMode(props, block, connector);
        ConnectorData connectorData = connector.parseDatasourceProperties(props, diagnostics);

        StringFromEnvVar url = null;
        Span urlSpan = block.span();
        DatasourceProperty urlProp = props.remove("url");
        if (urlProp != null) {
            url = StringFromEnvVar.coerce(urlProp.value(), diagnostics);
            if (url == null) {
                return null;
            }
            urlSpan = urlProp.value().span();
        }

        StringFromEnvVar shadow = null;
        Span shadowSpan = null;
        DatasourceProperty shadowProp = props.remove("shadowDatabaseUrl");
        if (shadowProp != null) {
            shadow = StringFromEnvVar.coerce(shadowProp.value(), diagnostics);
            // An empty literal means "no shadow database".
            if (shadow != null && "".equals(shadow.literal())) {
                shadow = null;
            }
            shadowSpan = shadow == null ? null : shadowProp.value().span();
        }

        StringFromEnvVar directUrl = null;
        Span directUrlSpan = null;
        DatasourceProperty directProp = props.remove("directUrl");
        if (directProp != null) {
            directUrl = StringFromEnvVar.coerce(directProp.value(), diagnostics);
            directUrlSpan = directProp.value().span();
        }

        if (shadow != null) {
            if (directUrl != null && shadow.equals(directUrl)) {
                diagnostics.error("shadowDatabaseUrl is the same as directUrl for datasource \"" + name
                        + "\". Please specify a different database as shadow database to avoid data loss.",
                        directUrlSpan);
            }
            if (url != null && shadow.equals(url)) {
                diagnostics.error("shadowDatabaseUrl is the same as url for datasource \"" + name
                        + "\". Please specify a different database as shadow database to avoid data loss.", urlSpan);
            }
        }

        DatasourceProperty previewProp = props.remove("previewFeatures");
        if (previewProp != null) {
            diagnostics.error("Preview features are only supported in the generator block. Please move this field "
                    + "to the generator block.", previewProp.span());
        }

        List<Namespace> namespaces = List.of();
        Span schemasSpan = null;
        DatasourceProperty schemasProp = props.remove("schemas");
        if (schemasProp != null) {
            List<Expression.StringValue> schemas =
                    Coerce.array(schemasProp.value(), Coerce::stringWithSpan, diagnostics);
            if (schemas != null && schemas.isEmpty()) {
                diagnostics.error("If provided, the schemas array can not be empty.", schemasProp.value().span());
            } else if (schemas != null) {
                namespaces = sortedNamespaces(schemas);
                schemasSpan = schemasProp.value().span();
            }
        }

        for (DatasourceProperty unknown : props.values()) {
            diagnostics.error("Property not known: \"" + unknown.name() + "\".", unknown.span());
        }

        String doc = block.documentation() == null ? null : block.documentation().text();
        return new Datasource(name, provider, connector, url, urlSpan, directUrl, directUrlSpan, shadow, shadowSpan,
                relationMode, namespaces, schemasSpan, connectorData, doc, block.span());
    }

    // Sorted by name (stable); each name written twice is reported at its first occurrence.
    private List<Namespace> sortedNamespaces(List<Expression.StringValue> schemas) {
        List<Namespace> sorted = schemas.stream().map(s -> new Namespace(s.value(), s.span()))
                .sorted(Comparator.comparing(Namespace::name)).collect(Collectors.toCollection(ArrayList::new));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i + 1).name())) {
                diagnostics.error("Duplicated schema names are not allowed", sorted.get(i).span());
            }
        }
        return sorted;
    }

    private RelationMode relationMode(Map<String, DatasourceProperty> props, SourceConfig block, Connector connector) {
        DatasourceProperty legacy = props.get("referentialIntegrity");
        if (legacy != null) {
            diagnostics.warning("The `referentialIntegrity` attribute is deprecated. Please use `relationMode` "
                    + "instead. Learn more at https://pris.ly/d/relation-mode", legacy.span());
        }
        DatasourceProperty current = props.remove("relationMode");
        props.remove("referentialIntegrity");
        if (current != null && legacy != null) {
            diagnostics.error("The `referentialIntegrity` and `relationMode` attributes cannot be used together. "
                    + "Please use only `relationMode` instead.", legacy.span());
            return null;
        }
        DatasourceProperty setting = current != null ? current : legacy;
        if (setting == null) {
            return null;
        }
        String value = Coerce.string(setting.value(), diagnostics);
        if (value == null) {
            return null;
        }
        RelationMode mode = RelationMode.fromSchemaName(value);
        if (mode == null) {
            diagnostics.error(sourceError("relationMode", "Invalid relation mode setting: \"" + value
                    + "\". Supported values: \"prisma\", \"foreignKeys\""), block.span());
            return null;
        }
        if (!connector.allowedRelationModes().contains(mode)) {
            String supported = connector.allowedRelationModes().stream().map(m -> "\"" + m.schemaName() + "\"")
                    .collect(Collectors.joining(", "));
            diagnostics.error(sourceError("relationMode", "Invalid relation mode setting: \"" + value
                    + "\". Supported values: " + supported), setting.value().span());
        }
        return mode;
    }
}
