package com.example.kitchen;

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
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The schema this client was generated from, built without the schema parser.
 */
@Generated("dev.refract.generator.ClientGenerator")
final class RefractSchema {
    static final SchemaModel MODEL = new SchemaModel(new Datasource("db", "postgresql", RelationMode.FOREIGN_KEYS, List.of(), List.of()), List.of(model0(), model1()), List.of(new EnumType("Level", null, null, List.of(new EnumValue("LOW", null, null), new EnumValue("HIGH", "hi", null)), null)), List.of());

    private RefractSchema() {
    }

    private static Model model0() {
        return new Model("Account", "accounts", null, List.of(new ScalarField("tenant", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.REQUIRED, null, null, false, false, false, false, false, null), new ScalarField("number", null, new ScalarType.Builtin(BuiltinType.INT), Arity.REQUIRED, null, null, false, false, false, false, false, null), new ScalarField("balance", null, new ScalarType.Builtin(BuiltinType.DECIMAL), Arity.REQUIRED, null, new DefaultValue.Literal(new LiteralValue.Decimal(new BigDecimal("0"))), false, false, false, false, false, null), new ScalarField("big", null, new ScalarType.Builtin(BuiltinType.BIG_INT), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("data", null, new ScalarType.Builtin(BuiltinType.JSON), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("blob", null, new ScalarType.Builtin(BuiltinType.BYTES), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("tags", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.LIST, null, null, false, false, false, false, false, null), new ScalarField("levels", null, new ScalarType.EnumRef("Level"), Arity.LIST, null, null, false, false, false, false, false, null), new ScalarField("level", null, new ScalarType.EnumRef("Level"), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("class", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.REQUIRED, null, null, false, false, false, false, false, null), new ScalarField("select", null, new ScalarType.Builtin(BuiltinType.INT), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("at", null, new ScalarType.Builtin(BuiltinType.DATE_TIME), Arity.REQUIRED, null, null, false, false, true, false, false, null), new RelationField("profile", "Profile", "AccountToProfile", Arity.OPTIONAL, List.of(), List.of(), null, null, null, null, false, null)), new PrimaryKey(List.of(new IndexField(List.of("tenant"), null, null, null), new IndexField(List.of("number"), null, null, null)), null, null, null, false), List.of(), false, false, "An account, keyed by tenant and number.\n"
                        + "Its documentation spans lines, with */ and @ in it.");
    }

    private static Model model1() {
        return new Model("Profile", null, null, List.of(new ScalarField("id", null, new ScalarType.Builtin(BuiltinType.INT), Arity.REQUIRED, null, new DefaultValue.Autoincrement(), true, false, false, false, false, null), new ScalarField("bio", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.OPTIONAL, null, null, false, false, false, false, false, null), new ScalarField("accountTenant", null, new ScalarType.Builtin(BuiltinType.STRING), Arity.REQUIRED, null, null, false, false, false, false, false, null), new ScalarField("accountNumber", null, new ScalarType.Builtin(BuiltinType.INT), Arity.REQUIRED, null, null, false, false, false, false, false, null), new RelationField("account", "Account", "AccountToProfile", Arity.REQUIRED, List.of("accountTenant", "accountNumber"), List.of("tenant", "number"), null, null, ReferentialAction.RESTRICT, null, false, null)), new PrimaryKey(List.of(new IndexField(List.of("id"), null, null, null)), null, null, null, true), List.of(new Index(IndexType.UNIQUE, List.of(new IndexField(List.of("accountTenant"), null, null, null), new IndexField(List.of("accountNumber"), null, null, null)), null, null, null, null, false)), false, false, null);
    }
}
