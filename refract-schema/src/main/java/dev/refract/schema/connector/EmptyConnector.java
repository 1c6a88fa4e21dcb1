package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import static dev.refract.schema.connector.Capability.AUTO_INCREMENT;
import static dev.refract.schema.connector.Capability.COMPOUND_IDS;
import static dev.refract.schema.connector.Capability.ENUMS;
import static dev.refract.schema.connector.Capability.IMPLICIT_MANY_TO_MANY_RELATION;
import static dev.refract.schema.connector.Capability.JSON;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The connector of a schema without datasource: permissive (every referential action, no
 * identifier limit), with no native types.
 */
public final class EmptyConnector extends BaseConnector {

    EmptyConnector() {
        super("empty", "psl_core::datamodel_connector::empty_connector::EmptyDatamodelConnector",
                caps(AUTO_INCREMENT, COMPOUND_IDS, ENUMS, JSON, IMPLICIT_MANY_TO_MANY_RELATION), Integer.MAX_VALUE,
                EnumSet.allOf(ReferentialAction.class), List.of(), Map.of());
    }
}
