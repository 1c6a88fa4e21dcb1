package com.example.blog;

import dev.refract.model.Arity;
import dev.refract.model.BuiltinType;
import dev.refract.model.Datasource;
import dev.refract.model.DefaultValue;
import dev.refract.model.EnumType;
import dev.refract.model.EnumValue;
import dev.refract.model.Index;
import dev.refract.model.IndexField;
import dev.refract.model.IndexType;
import dev.refract.model.LiteralValue;
import dev.refract.model.Model;
import dev.refract.model.PrimaryKey;
import dev.refract.model.ReferentialAction;
import dev.refract.model.RelationField;
import dev.refract.model.RelationMode;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The schema this client was generated from, built without the schema parser.
 */
@Generated("dev.refract.generator.ClientGenerator")
final class RefractSchema {
    static final SchemaModel MODEL = new SchemaModel(new Datasource("db", "postgresql", RelationMode.FOREIGN_KEYS, List.of(), List.of()), List.of(model0(), model1()), List.of(new EnumType("Role", null, null, List.of(new EnumValue("READER", "reader", null), new EnumValue("WRITER", "writer", "Writes posts."), new EnumValue("ADMIN", null, null)), "What a user may do.")), List.of());

    private RefractSchema() {
    }

    private static Model model0() {
        return new Model("User", null, null, List.of(new ScalarField("id", null, new ScalarType.Builtin(BuiltinType.INT), Arity.REQUIRED, null, new DefaultValue.Autoincrement(), true, false, false, false, false, null), new ScalarField("email", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.REQUIRED, null, null, false, true, false, false, false, "Where we reach them; unique."), new ScalarField("name", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("role", null, new ScalarType.EnumRef("Role"), Arity.REQUIRED, null, new DefaultValue.Literal(new LiteralValue.EnumValue("READER")), false, false, false, false, false, null), new ScalarField("createdAt", null, new ScalarType.Builtin(BuiltinType.DATE_TIME), Arity.REQUIRED, null, new DefaultValue.Now(), false, false, false, false, false, null), new RelationField("posts", "Post", "PostToUser", Arity.LIST, List.of(), List.of(), null, null, null, null, false, null)), new PrimaryKey(List.of(new IndexField(List.of("id"), null, null, null)), null, null, null, true), List.of(new Index(IndexType.UNIQUE, List.of(new IndexField(List.of("email"), null, null, null)), null, null, null, null, true)), false, false, "Someone who writes posts.");
    }

    private static Model model1() {
        return new Model("Post", null, null, List.of(new ScalarField("id", null, new ScalarType.Builtin(BuiltinType.INT), Arity.REQUIRED, null, new DefaultValue.Autoincrement(), true, false, false, false, false, null), new ScalarField("title", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.REQUIRED, null, null, false, false, false, false, false, null), new ScalarField("published", null, new ScalarType.Builtin(BuiltinType.BOOLEAN), Arity.REQUIRED, null, new DefaultValue.Literal(new LiteralValue.Bool(false)), false, false, false, false, false, null), new ScalarField("views", null, new ScalarType.Builtin(BuiltinType.INT), Arity.REQUIRED, null, new DefaultValue.Literal(new LiteralValue.Int(0L)), false, false, false, false, false, null), new ScalarField("score", null, new ScalarType.Builtin(BuiltinType.FLOAT), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("authorId", null, new ScalarType.Builtin(BuiltinType.INT), Arity.REQUIRED, null, null, false, false, false, false, false, null), new RelationField("author", "User", "PostToUser", Arity.REQUIRED, List.of("authorId"), List.of("id"), null, null, ReferentialAction.RESTRICT, null, false, null), new ScalarField("slug", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.REQUIRED, null, null, false, false, false, false, false, null), new ScalarField("lang", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.REQUIRED, null, null, false, false, false, false, false, null)), new PrimaryKey(List.of(new IndexField(List.of("id"), null, null, null)), null, null, null, true), List.of(new Index(IndexType.UNIQUE, List.of(new IndexField(List.of("slug"), null, null, null), new IndexField(List.of("lang"), null, null, null)), null, null, null, null, false)), false, false, null);
    }
}
