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
 * and where to report. Also holds, built on first use, the graph of cascading relations the cycle
 * checks walk for every relation.
 */
public final class RelationContext {
    private final ParserDatabase db;
    private final Connector connector;
    private final RelationMode relationMode;
    private final boolean hasDatasource;
    private final Diagnostics diagnostics;
    private CascadeGraph cascadeGraph;

    /**
     * @param db the resolved schema
     * @param connector the active connector (the empty connector without datasource)
     * @param relationMode the relation mode in force
     * @param hasDatasource whether the schema has a datasource at all (some checks only run with one)
     * @param diagnostics where problems go, in the order found
     */
    public RelationContext(ParserDatabase db, Connector connector, RelationMode relationMode, boolean hasDatasource,
                           Diagnostics diagnostics) {
        this.db = db;
        this.connector = connector;
        this.relationMode = relationMode;
        this.hasDatasource = hasDatasource;
        this.diagnostics = diagnostics;
    }

    /** The context for {@code db} validated against {@code configuration}. */
    public static RelationContext of(ParserDatabase db, Configuration configuration, Diagnostics diagnostics) {
        return new RelationContext(db, configuration.connector(), configuration.relationMode(),
                configuration.datasource().isPresent(), diagnostics);
    }

    public ParserDatabase db() {
        return db;
    }

    public Connector connector() {
        return connector;
    }

    public RelationMode relationMode() {
        return relationMode;
    }

    public boolean hasDatasource() {
        return hasDatasource;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
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

    /** The complete inline relations and their effective actions, built once per validation. */
    CascadeGraph cascadeGraph() {
        if (cascadeGraph == null) {
            cascadeGraph = CascadeGraph.of(this);
        }
        return cascadeGraph;
    }
}
