package dev.refract.schema.validate;

import dev.refract.schema.config.Configuration;
import dev.refract.schema.config.Datasource;
import dev.refract.schema.config.PreviewFeature;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.RelationMode;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.validate.relations.RelationContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * What every validation reads: the resolved schema, the first datasource (or none), the connector
 * it selects (the empty connector without one), the relation mode in force, the enabled preview
 * features, and where to report.
 *
 * @param db the resolved schema
 * @param datasource the first datasource, or null
 * @param connector the active connector
 * @param relationMode the relation mode in force
 * @param previewFeatures the preview features enabled by any generator
 * @param diagnostics where problems go, in the order found
 */
public record ValidationContext(ParserDatabase db, Datasource datasource, Connector connector,
                                RelationMode relationMode, Set<PreviewFeature> previewFeatures,
                                Diagnostics diagnostics) {

    private static final Set<PreviewFeature> GENERALLY_AVAILABLE =
            EnumSet.of(PreviewFeature.FULL_TEXT_INDEX, PreviewFeature.MULTI_SCHEMA);

    /** The context for {@code db} validated against {@code configuration}. */
    public static ValidationContext of(ParserDatabase db, Configuration configuration, Diagnostics diagnostics) {
        return new ValidationContext(db, configuration.datasource().orElse(null), configuration.connector(),
                configuration.relationMode(), configuration.previewFeatures(), diagnostics);
    }

    /** The same facts, in the shape the relation checks read. */
    public RelationContext relationContext() {
        return new RelationContext(db, connector, relationMode, datasource != null, diagnostics);
    }

    public boolean has(Capability capability) {
        return connector.has(capability);
    }

    /**
     * Whether {@code feature} is enabled. Features that became generally available and that
     * validations used to gate on ({@code fullTextIndex}, {@code multiSchema}) count as enabled.
     */
    public boolean hasPreviewFeature(PreviewFeature feature) {
        return GENERALLY_AVAILABLE.contains(feature) || previewFeatures.contains(feature);
    }

    public boolean hasErrors() {
        return diagnostics.hasErrors();
    }

    public void error(String message, Span span) {
        diagnostics.error(message, span);
    }

    public void warning(String message, Span span) {
        diagnostics.warning(message, span);
    }
}
