package dev.refract.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaModelTest {
    private static SchemaModel blog() {
        return SchemaModel.builder()
                .datasource(Datasource.of("db", "postgresql"))
                .model(Model.builder("User")
                        .dbName("users")
                        .field(ScalarField.builder("id", BuiltinType.INT).id(true)
                                .defaultValue(new DefaultValue.Autoincrement()).build())
                        .field(ScalarField.builder("email", BuiltinType.STRING).unique(true).build())
                        .field(RelationField.builder("posts", "Post", "PostToUser").list().build())
                        .field(RelationField.builder("profile", "Profile", "ProfileToUser").optional().build())
                        .primaryKey(PrimaryKey.onField("id"))
                        .index(Index.uniqueOnField("email"))
                        .build())
                .model(Model.builder("Profile")
                        .field(ScalarField.builder("id", BuiltinType.INT).id(true).build())
                        .field(ScalarField.builder("userId", BuiltinType.INT).unique(true).build())
                        .field(RelationField.builder("user", "User", "ProfileToUser")
                                .references(List.of("userId"), List.of("id"))
                                .onDelete(ReferentialAction.CASCADE).build())
                        .primaryKey(PrimaryKey.onField("id"))
                        .build())
                .model(Model.builder("Post")
                        .field(ScalarField.builder("id", BuiltinType.INT).id(true).build())
                        .field(ScalarField.builder("authorId", BuiltinType.INT).build())
                        .field(RelationField.builder("author", "User", "PostToUser")
                                .references(List.of("authorId"), List.of("id")).build())
                        .field(RelationField.builder("tags", "Tag", "PostToTag").list().build())
                        .field(ScalarField.builder("status", ScalarType.enumRef("Status"))
                                .defaultValue(DefaultValue.literal(new LiteralValue.EnumValue("DRAFT"))).build())
                        .primaryKey(PrimaryKey.onField("id"))
                        .build())
                .model(Model.builder("Tag")
                        .field(ScalarField.builder("id", BuiltinType.INT).id(true).build())
                        .field(RelationField.builder("posts", "Post", "PostToTag").list().build())
                        .primaryKey(PrimaryKey.onField("id"))
                        .build())
                .enumType(EnumType.of("Status", "DRAFT", "PUBLISHED"))
                .build();
    }

    @Test
    void looksThingsUpByName() {
        SchemaModel schema = blog();
        assertThat(schema.provider()).isEqualTo("postgresql");
        assertThat(schema.relationMode()).isEqualTo(RelationMode.FOREIGN_KEYS);
        assertThat(schema.requireModel("User").databaseName()).isEqualTo("users");
        assertThat(schema.model("Nope")).isEmpty();
        assertThat(schema.field("Post", "authorId")).get().isInstanceOf(ScalarField.class);
        assertThat(schema.enumType("Status").orElseThrow().value("DRAFT")).isPresent();
        assertThat(schema.requireModel("Post").scalarFields()).extracting(ScalarField::name)
                .containsExactly("id", "authorId", "status");
        assertThat(schema.requireModel("Post").isReferencing("authorId")).isTrue();
        assertThat(schema.requireModel("Post").isReferencing("id")).isFalse();
        assertThatThrownBy(() -> schema.requireModel("Nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolvesBothSidesOfEachRelation() {
        SchemaModel schema = blog();
        assertThat(schema.relations()).extracting(Relation::name)
                .containsExactly("PostToUser", "ProfileToUser", "PostToTag");

        Relation oneToMany = schema.relation("User", "posts").orElseThrow();
        assertThat(oneToMany.kind()).isEqualTo(RelationKind.ONE_TO_MANY);
        assertThat(oneToMany.modelA()).isEqualTo("Post");
        assertThat(oneToMany.fieldA().name()).isEqualTo("author");
        assertThat(oneToMany.fieldB().name()).isEqualTo("posts");
        assertThat(schema.relation("Post", "author")).containsSame(oneToMany);

        Relation oneToOne = schema.relationNamed("ProfileToUser").orElseThrow();
        assertThat(oneToOne.kind()).isEqualTo(RelationKind.ONE_TO_ONE);
        assertThat(oneToOne.modelA()).isEqualTo("Profile");
        assertThat(oneToOne.fieldA().onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(oneToOne.otherSide(oneToOne.fieldA())).isSameAs(oneToOne.fieldB());
    }

    @Test
    void implicitManyToManyHasAJoinTableOrderedByModelName() {
        Relation m2n = blog().relation("Tag", "posts").orElseThrow();
        assertThat(m2n.kind()).isEqualTo(RelationKind.MANY_TO_MANY);
        assertThat(m2n.joinTableName()).isEqualTo("_PostToTag");
        assertThat(m2n.modelA()).isEqualTo("Post");
        assertThat(m2n.modelB()).isEqualTo("Tag");
        Relation oneToMany = blog().relation("User", "posts").orElseThrow();
        assertThatThrownBy(oneToMany::joinTableName).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void selfRelationsPairFieldsOfTheSameModel() {
        SchemaModel schema = SchemaModel.builder()
                .model(Model.builder("Person")
                        .field(ScalarField.builder("id", BuiltinType.INT).id(true).build())
                        .field(RelationField.builder("following", "Person", "follows").list().build())
                        .field(RelationField.builder("followers", "Person", "follows").list().build())
                        .field(ScalarField.builder("parentId", BuiltinType.INT).optional().build())
                        .field(RelationField.builder("children", "Person", "tree").list().build())
                        .field(RelationField.builder("parent", "Person", "tree").optional()
                                .references(List.of("parentId"), List.of("id")).build())
                        .build())
                .build();
        Relation follows = schema.relationNamed("follows").orElseThrow();
        assertThat(follows.isSelfRelation()).isTrue();
        assertThat(follows.fieldA().name()).isEqualTo("followers");
        Relation tree = schema.relationNamed("tree").orElseThrow();
        assertThat(tree.kind()).isEqualTo(RelationKind.ONE_TO_MANY);
        assertThat(tree.fieldA().name()).isEqualTo("parent");
    }

    @Test
    void listsUniqueCriteriaAndRelationsPerModel() {
        SchemaModel schema = blog();
        assertThat(schema.requireModel("User").uniqueCriteria()).containsExactly(List.of("id"), List.of("email"));
        assertThat(schema.relationsOf("Post")).extracting(Relation::name).containsExactly("PostToUser", "PostToTag");
    }

    @Test
    void recordsAreImmutableAndBuildersCopy() {
        ScalarField f = ScalarField.builder("name", BuiltinType.STRING).optional().dbName("NAME").build();
        assertThat(f.databaseName()).isEqualTo("NAME");
        assertThat(f.toBuilder().dbName(null).build().databaseName()).isEqualTo("name");
        Model m = blog().requireModel("User");
        assertThatThrownBy(() -> m.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new IndexField(List.of("comments", "userId"), SortOrder.DESC, null, null).name())
                .isEqualTo("comments.userId");
    }
}
