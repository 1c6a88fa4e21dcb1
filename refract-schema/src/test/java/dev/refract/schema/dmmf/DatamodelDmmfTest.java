package dev.refract.schema.dmmf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.model.Arity;
import dev.refract.model.BuiltinType;
import dev.refract.model.CompositeType;
import dev.refract.model.Datasource;
import dev.refract.model.DefaultValue;
import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import dev.refract.model.Index;
import dev.refract.model.IndexField;
import dev.refract.model.IndexType;
import dev.refract.model.LiteralValue;
import dev.refract.model.Model;
import dev.refract.model.NativeType;
import dev.refract.model.PrimaryKey;
import dev.refract.model.ReferentialAction;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import dev.refract.model.SortOrder;
import dev.refract.testing.Golden;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DMMF writer on hand-built models, against golden files. */
class DatamodelDmmfTest {
    @Test
    void emptySchema() {
        assertThat(DatamodelDmmf.json(SchemaModel.builder().build())).isEqualTo("""
                {
                  "enums": [],
                  "models": [],
                  "types": [],
                  "indexes": []
                }""");
    }

    @Test
    void keysRelationsAndIndexes() {
        SchemaModel schema = SchemaModel.builder()
                .datasource(Datasource.of("db", "sqlserver"))
                .model(Model.builder("User")
                        .dbName("user")
                        .documentation("A person.")
                        .field(ScalarField.builder("id", BuiltinType.INT).id(true)
                                .defaultValue(new DefaultValue.Autoincrement()).build())
                        .field(ScalarField.builder("name", BuiltinType.STRING).optional().dbName("NAME")
                                .documentation("Shown to others.").build())
                        .field(ScalarField.builder("role", ScalarType.enumRef("Role"))
                                .defaultValue(DefaultValue.literal(new LiteralValue.EnumValue("USER"))).build())
                        .field(ScalarField.builder("legacy", ScalarType.unsupported("xml")).optional().build())
                        .field(ScalarField.builder("secret", BuiltinType.STRING).ignored(true).build())
                        .field(RelationField.builder("posts", "Post", "author").list().build())
                        .primaryKey(new PrimaryKey(List.of(IndexField.of("id")), null, "PK_user", false, true))
                        .build())
                .model(Model.builder("Post")
                        .field(ScalarField.builder("title", BuiltinType.STRING)
                                .nativeType(NativeType.of("VarChar", "300")).build())
                        .field(ScalarField.builder("slug", BuiltinType.STRING).unique(true).build())
                        .field(ScalarField.builder("authorId", BuiltinType.INT).build())
                        .field(ScalarField.builder("updatedAt", BuiltinType.DATE_TIME).updatedAt(true)
                                .nativeType(NativeType.of("DateTime2")).build())
                        .field(RelationField.builder("author", "User", "author")
                                .references(List.of("authorId"), List.of("id"))
                                .onDelete(ReferentialAction.CASCADE).build())
                        .primaryKey(new PrimaryKey(List.of(new IndexField(List.of("title"), SortOrder.DESC, null, null),
                                IndexField.of("authorId")), "titleAuthor", null, null, false))
                        .index(new Index(IndexType.UNIQUE, List.of(new IndexField(List.of("slug"), SortOrder.DESC,
                                null, null)), null, null, null, null, true))
                        .index(new Index(IndexType.UNIQUE, List.of(IndexField.of("slug"), IndexField.of("authorId")),
                                "slugAuthor", "UQ_slug_author", null, null, false))
                        .index(new Index(IndexType.NORMAL, List.of(IndexField.of("updatedAt")), null, null, null,
                                true, false))
                        .build())
                .model(Model.builder("Stats").view(true)
                        .field(ScalarField.builder("count", BuiltinType.INT).build()).build())
                .model(Model.builder("Hidden").ignored(true)
                        .field(ScalarField.builder("x", BuiltinType.INT).build()).build())
                .model(Model.builder("Tag")
                        .field(ScalarField.builder("id", BuiltinType.STRING).id(true)
                                .defaultValue(new DefaultValue.Cuid(2)).build())
                        .primaryKey(PrimaryKey.onField("id"))
                        .build())
                .enumType(new EnumType("Role", "roles", null, List.of(new EnumValue("USER", "user", "Default."),
                        EnumValue.of("ADMIN")), "Who may do what."))
                .build();
        Golden.assertMatches("dmmf/keys-relations-indexes.json", DatamodelDmmf.json(schema));
    }

    @Test
    void defaultsAndCompositeTypes() {
        Model.Builder model = Model.builder("Defaults");
        Object[][] cases = {
                {"text", BuiltinType.STRING, new LiteralValue.Text("hi \"there\"")},
                {"flag", BuiltinType.BOOLEAN, new LiteralValue.Bool(true)},
                {"count", BuiltinType.INT, new LiteralValue.Int(-3)},
                {"big", BuiltinType.BIG_INT, new LiteralValue.BigInt(new BigInteger("9007199254740993"))},
                {"ratio", BuiltinType.FLOAT, new LiteralValue.Decimal(new BigDecimal("1"))},
                {"price", BuiltinType.DECIMAL, new LiteralValue.Decimal(new BigDecimal("12.50"))},
                {"at", BuiltinType.DATE_TIME, new LiteralValue.DateTime("2020-01-02T03:04:05.120Z")},
                {"doc", BuiltinType.JSON, new LiteralValue.Json("{\"a\": 1}")},
                {"blob", BuiltinType.BYTES, new LiteralValue.Bytes("AQID")},
        };
        for (Object[] c : cases) {
            model.field(ScalarField.builder((String) c[0], (BuiltinType) c[1])
                    .defaultValue(DefaultValue.literal((LiteralValue) c[2])).build());
        }
        model.field(ScalarField.builder("ints", BuiltinType.INT).list()
                .defaultValue(DefaultValue.literal(new LiteralValue.ListValue(
                        List.of(new LiteralValue.Int(1), new LiteralValue.Int(2))))).build());
        DefaultValue[] functions = {new DefaultValue.Now(), new DefaultValue.Uuid(4), new DefaultValue.Uuid(7),
                new DefaultValue.Cuid(1), new DefaultValue.Nanoid(null), new DefaultValue.Nanoid(6),
                new DefaultValue.Ulid(), new DefaultValue.DbGenerated("gen_random_uuid()"),
                new DefaultValue.DbGenerated(null), new DefaultValue.Sequence(), new DefaultValue.Auto()};
        for (int i = 0; i < functions.length; i++) {
            model.field(ScalarField.builder("f" + i, BuiltinType.STRING).arity(Arity.OPTIONAL)
                    .defaultValue(functions[i]).build());
        }
        SchemaModel schema = SchemaModel.builder()
                .model(model.build())
                .compositeType(new CompositeType("Address", List.of(
                        ScalarField.builder("street", BuiltinType.STRING).dbName("s")
                                .nativeType(NativeType.of("ObjectId")).build(),
                        ScalarField.builder("geo", ScalarType.compositeRef("Point")).optional().build(),
                        ScalarField.builder("kind", ScalarType.enumRef("Kind"))
                                .defaultValue(DefaultValue.literal(new LiteralValue.EnumValue("HOME"))).build(),
                        ScalarField.builder("raw", ScalarType.unsupported("x")).build()), "Where."))
                .build();
        Golden.assertMatches("dmmf/defaults-composites.json", DatamodelDmmf.json(schema));
    }

    @Test
    void dateTimesAreNormalisedToRfc3339() {
        assertThat(DmmfDefaults.dateTime("2020-01-02T03:04:05Z")).isEqualTo("2020-01-02T03:04:05+00:00");
        assertThat(DmmfDefaults.dateTime("2020-01-02T03:04:05.5+02:00")).isEqualTo("2020-01-02T03:04:05.500+02:00");
        assertThat(DmmfDefaults.dateTime("2020-01-02T03:04:05.000001Z")).isEqualTo("2020-01-02T03:04:05.000001+00:00");
    }
}
