package dev.refract.schema.validate.relations;

import dev.refract.schema.config.Configuration;
import dev.refract.schema.connector.Capability;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.connector.RelationMode;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;

/**
 * What every relation check reads: the resolved schema, the connector and relation mode in force,
 * and where to report.
 *
 * @param db the resolved schema
 * @param connector the active connector (the empty connector without datasource)
 * @param relationMode the relation mode in force
 * @param hasDatasource whether the schema has a datasource at all (some checks only run with one)
 * @param diagnostics where problems go, in the order found
 */
public record RelationContext(ParserDatabase db, Connector connector, RelationMode relationMode,
                              boolean hasDatasource, Diagnostics diagnostics) {

    /** The context for {@code db} validated against {@code configuration}. */
    public static RelationContext of(ParserDatabase db, Configuration configuration, Diagnostics diagnostics) {
        return new RelationContext(db, configuration.connector(), configuration.relationMode(),
                configuration.datasource().isPresent(), diagnostics);
    }

    public boolean has(Capability capability) {
        return connector.has(capability);
    }

    public void error(String message, Span span) {
        diagnostics.error(message, span);
    }

    public void warning(String message, Span span) {
        diagnostics.warning(message, span);
    }

    /** Whether any error was reported so far, by any pass: some 1:1 checks only run on a clean schema. */
    public boolean hasErrors() {
        return diagnostics.hasErrors();
    }
}
