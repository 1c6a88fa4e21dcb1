package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.Span;
import dev.refract.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    @Test
    void providersSelectConnectors() {
        assertThat(Connectors.forProvider("postgres")).containsSame(Connectors.POSTGRES);
        assertThat(Connectors.forProvider("postgresql")).containsSame(Connectors.POSTGRES);
        assertThat(Connectors.forProvider("cockroachdb")).containsSame(Connectors.COCKROACHDB);
        assertThat(Connectors.forProvider("sqlserver")).containsSame(Connectors.SQLSERVER);
        assertThat(Connectors.forProvider("oracle")).isEmpty();
        assertThat(Connectors.forProvider("empty")).isEmpty();
        assertThat(Connectors.BUILTIN).extracting(Connector::name)
                .containsExactly("Postgres", "MySQL", "sqlite", "SQL Server", "CockroachDB", "MongoDB");
    }

    @Test
    void capabilitySetsAreExplicit() {
        assertThat(Connectors.MONGODB.has(Capability.COMPOSITE_TYPES)).isTrue();
        assertThat(Connectors.POSTGRES.has(Capability.COMPOSITE_TYPES)).isFalse();
        assertThat(Connectors.SQLITE.has(Capability.SCALAR_LISTS)).isFalse();
        assertThat(Connectors.SQLSERVER.has(Capability.CLUSTERING_SETTING)).isTrue();
        assertThat(Connectors.MYSQL.has(Capability.INDEX_COLUMN_LENGTH_PREFIXING)).isTrue();
        assertThat(Connectors.EMPTY.capabilities()).containsExactlyInAnyOrder(Capability.ENUMS, Capability.JSON,
                Capability.AUTO_INCREMENT, Capability.COMPOUND_IDS, Capability.IMPLICIT_MANY_TO_MANY_RELATION);
    }

    @Test
    void referentialActionsPerRelationMode() {
        assertThat(Connectors.SQLSERVER.referentialActions(RelationMode.FOREIGN_KEYS)).containsExactly(
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL,
                ReferentialAction.SET_DEFAULT);
        assertThat(Connectors.MYSQL.referentialActions(RelationMode.PRISMA)).containsExactly(
                ReferentialAction.CASCADE, ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION,
                ReferentialAction.SET_NULL);
        assertThat(Connectors.POSTGRES.referentialActions(RelationMode.PRISMA)).containsExactly(
                ReferentialAction.CASCADE, ReferentialAction.RESTRICT, ReferentialAction.SET_NULL);
        assertThat(Connectors.MONGODB.foreignKeyReferentialActions()).isEmpty();
        assertThat(Connectors.MONGODB.allowedRelationModes()).containsExactly(RelationMode.PRISMA);
        assertThat(Connectors.POSTGRES.allowsSetNullOnNonNullableFields(RelationMode.FOREIGN_KEYS)).isTrue();
        assertThat(Connectors.POSTGRES.allowsSetNullOnNonNullableFields(RelationMode.PRISMA)).isFalse();
        assertThat(Connectors.EMPTY.supportsReferentialAction(RelationMode.FOREIGN_KEYS,
                ReferentialAction.SET_DEFAULT)).isTrue();
    }

    @Test
    void identifierLimitsAndScopes() {
        assertThat(Connectors.POSTGRES.maxIdentifierLength()).isEqualTo(63);
        assertThat(Connectors.MYSQL.maxIdentifierLength()).isEqualTo(64);
        assertThat(Connectors.SQLSERVER.maxIdentifierLength()).isEqualTo(128);
        assertThat(Connectors.MONGODB.maxIdentifierLength()).isEqualTo(127);
        assertThat(Connectors.EMPTY.maxIdentifierLength()).isEqualTo(Integer.MAX_VALUE);
        assertThat(ConstraintScope.MODEL_KEY_INDEX.description("User"))
                .isEqualTo("on model `User` for indexes and unique constraints");
    }

    @Test
    void defaultNativeTypes() {
        assertThat(Connectors.MYSQL.defaultNativeType("String")).contains(NativeType.of("VarChar", 191));
        assertThat(Connectors.POSTGRES.defaultNativeType("DateTime")).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("Timestamp(3)"));
        assertThat(Connectors.SQLSERVER.defaultNativeType("Bytes")).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("VarBinary(Max)"));
        assertThat(Connectors.MONGODB.defaultNativeType("Decimal")).isEmpty();
        assertThat(Connectors.SQLITE.defaultNativeType("Int")).isEmpty();
        assertThat(Connectors.COCKROACHDB.isDefaultNativeType(NativeType.of("Int8"), "BigInt")).isTrue();
        assertThat(Connectors.MYSQL.scalarTypeForNativeType(NativeType.of("TinyInt"))).contains("Int");
    }

    @Test
    void argumentParsing() {
        assertThat(NativeTypeArguments.NUMBER.parse(List.of("+5"))).containsExactly(5L);
        assertThat(NativeTypeArguments.NUMBER.parse(List.of("-1"))).isNull();
        assertThat(NativeTypeArguments.NUMBER.parse(List.of("4294967296"))).isNull();
        assertThat(NativeTypeArguments.OPTIONAL_NUMBER.parse(List.of())).isEmpty();
        assertThat(NativeTypeArguments.OPTIONAL_NUMBER_PAIR.parse(List.of("1"))).isNull();
        assertThat(NativeTypeArguments.OPTIONAL_LENGTH_OR_MAX.parse(List.of("mAx")))
                .containsExactly(NativeTypeArguments.MAX);
        assertThat(NativeTypeArguments.OPTIONAL_LENGTH_OR_MAX.parse(List.of("70000"))).isNull();
    }

    @Test
    void keyErrors() {
        assertThat(Connectors.MYSQL.nativeTypeKeyError(NativeType.of("Text"), KeyKind.UNIQUE, false, false))
                .isEqualTo("Native type `Text` cannot be unique in MySQL. Please use the `length` argument to the "
                        + "field in the index definition to allow this.");
        assertThat(Connectors.MYSQL.nativeTypeKeyError(NativeType.of("Text"), KeyKind.INDEX, true, false)).isNull();
        assertThat(Connectors.MYSQL.nativeTypeKeyError(NativeType.of("Text"), KeyKind.INDEX, false, true)).isNull();
        assertThat(Connectors.SQLSERVER.nativeTypeKeyError(NativeType.of("NVarChar", NativeTypeArguments.MAX),
                KeyKind.PRIMARY_KEY, false, false))
                .isEqualTo("Native type `NVarChar(Max)` of SQL Server cannot be used on a field that is `@id` or "
                        + "`@@id`.");
        assertThat(Connectors.POSTGRES.nativeTypeKeyError(NativeType.of("Xml"), KeyKind.PRIMARY_KEY, false, false))
                .isNull();
    }

    /** One line per case: connector, attribute as written, field type, then what it reports. */
    @Test
    void nativeTypeChecks() {
        record Case(Connector connector, String datasource, String attribute, String scalarType) {
        }
        List<Case> cases = List.of(
                new Case(Connectors.POSTGRES, "db", "db.VarChar(10)", "String"),
                new Case(Connectors.POSTGRES, "db", "pg.VarChar(10)", "String"),
                new Case(Connectors.POSTGRES, "db", "db.VarChar(10)", "Int"),
                new Case(Connectors.POSTGRES, "db", "db.Nope", "Int"),
                new Case(Connectors.POSTGRES, "db", "db.Decimal(2, 3)", "Decimal"),
                new Case(Connectors.POSTGRES, "db", "db.Decimal(1001, 3)", "Decimal"),
                new Case(Connectors.POSTGRES, "db", "db.Decimal(5)", "Decimal"),
                new Case(Connectors.POSTGRES, "db", "db.Timestamp(-1)", "DateTime"),
                new Case(Connectors.POSTGRES, "db", "db.Timestamp(7)", "DateTime"),
                new Case(Connectors.POSTGRES, "db", "db.Timestamp(1, 2)", "DateTime"),
                new Case(Connectors.POSTGRES, "db", "db.Text(1)", "String"),
                new Case(Connectors.MYSQL, "db", "db.VarChar", "String"),
                new Case(Connectors.MYSQL, "db", "db.VarChar(70000)", "String"),
                new Case(Connectors.MYSQL, "db", "db.Bit(2)", "Boolean"),
                new Case(Connectors.MYSQL, "db", "db.Bit(65)", "Bytes"),
                new Case(Connectors.MYSQL, "db", "db.Decimal(65, 31)", "Decimal"),
                new Case(Connectors.MYSQL, "db", "db.VarChar(\"x\")", "String"),
                new Case(Connectors.SQLSERVER, "db", "db.NVarChar(Max)", "String"),
                new Case(Connectors.SQLSERVER, "db", "db.NVarChar(4001)", "String"),
                new Case(Connectors.SQLSERVER, "db", "db.VarChar(70000)", "String"),
                new Case(Connectors.SQLSERVER, "db", "db.Float(54)", "Float"),
                new Case(Connectors.COCKROACHDB, "db", "db.Bit(0)", "String"),
                new Case(Connectors.MONGODB, "db", "db.ObjectId", "Int"),
                new Case(Connectors.MONGODB, "db", "db.ObjectID", "String"),
                new Case(Connectors.SQLITE, "db", "db.Text", "String"),
                new Case(Connectors.EMPTY, null, "db.Text", "String"));
        StringBuilder out = new StringBuilder();
        for (Case c : cases) {
            String attr = c.attribute();
            int dot = attr.indexOf('.');
            int paren = attr.indexOf('(');
            String name = attr.substring(dot + 1, paren < 0 ? attr.length() : paren);
            List<String> args = paren < 0 ? List.of()
                    : List.of(attr.substring(paren + 1, attr.length() - 1).split(",\\s*"));
            Diagnostics d = new Diagnostics();
            NativeType parsed = NativeTypeCheck.check(c.connector(), c.datasource(), attr.substring(0, dot), name,
                    args, c.scalarType(), Span.EMPTY, d);
            out.append(c.connector().provider()).append(' ').append(c.scalarType()).append(" @").append(attr)
                    .append(" -> ").append(parsed == null ? "invalid" : parsed.toString()).append('\n');
            for (Diagnostic diagnostic : d.all()) {
                out.append("    ").append(diagnostic.severity()).append(": ").append(diagnostic.message())
                        .append('\n');
            }
        }
        Golden.assertMatches("connector/native-type-checks.txt", out.toString());
    }
}
