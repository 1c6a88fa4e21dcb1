package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import static dev.refract.schema.connector.Capability.*;

import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import java.util.List;
import java.util.Map;

/** SQLite ({@code provider = "sqlite"}): no native types. */
public final class SqliteConnector extends BaseConnector {

    SqliteConnector() {
        super("sqlite", "sqlite", caps(ANY_ID, AUTO_INCREMENT, COMPOUND_IDS, ENUMS, RELATION_FIELDS_IN_ARBITRARY_ORDER,
                        UPDATEABLE_ID, IMPLICIT_MANY_TO_MANY_RELATION, DECIMAL_TYPE, BACKWARD_COMPATIBLE_QUERY_RAW,
                        ORDER_BY_NULLS_FIRST_LAST, SUPPORTS_TX_ISOLATION_SERIALIZABLE, NATIVE_UPSERT,
                        FILTERED_INLINE_CHILD_NESTED_TO_ONE_DISCONNECT, ROW_IN, INSERT_RETURNING, DELETE_RETURNING,
                        UPDATE_RETURNING, SUPPORTS_FILTERS_ON_RELATIONS_WITHOUT_JOINS, CREATE_MANY,
                        CREATE_MANY_WRITEABLE_AUTO_INC_ID, JSON, JSON_FILTERING, JSON_FILTERING_JSON_PATH,
                        ADVANCED_JSON_NULLABILITY),
                10000,
                actions(ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT, ReferentialAction.CASCADE,
                        ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION),
                List.of(), Map.of());
    }

    @Override
    public java.util.Set<ReferentialAction> emulatedReferentialActions() {
        return actions(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.CASCADE);
    }

    @Override
    public List<ConstraintScope> constraintScopes() {
        return List.of(ConstraintScope.GLOBAL_KEY_INDEX);
    }

    @Override
    public NativeType parseNativeType(String name, List<String> args, Span span, Diagnostics diagnostics) {
        diagnostics.error("Native types are not supported with sqlite connector", span);
        return null;
    }

    @Override
    public String validateUrl(String url) {
        return url.startsWith("file") ? null : "must start with the protocol `file:`.";
    }
}
