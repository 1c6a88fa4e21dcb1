package dev.refract.schema.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.diagnostics.Diagnostic;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.parser.AstBuilder;
import dev.refract.schema.parser.PslParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parser database resolves, read through its walkers. */
class ParserDatabaseTest {

    static final class Built {
        final ParserDatabase db;
        final Diagnostics diagnostics;

        Built(ParserDatabase db, Diagnostics diagnostics) {
            this.db = db;
            this.diagnostics = diagnostics;
        }

        List<String> errors() {
            return diagnostics.errors().stream().map(Diagnostic::message).toList();
        }
    }

    static Built build(String schema) {
        Diagnostics d = new Diagnostics();
        SchemaAst ast = AstBuilder.build(PslParser.parse(schema), 0, d);
        return new Built(ParserDatabase.build(List.of(ast), d), d);
    }

    @Test
    void resolvesScalarTypesMapsAndDefaults() {
        Built b = build("""
                enum Role {
                  USER  @map("user")
                  ADMIN
                  @@map("roles")
                }
                type Address {
                  street String @map("st")
                }
                model User {
                  id      Int      @id @default(autoincrement())
                  email   String   @unique @map("email_address") @db.VarChar(255)
                  role    Role     @default(USER)
                  address Address?
                  raw     Unsupported("circle")?
                  updated DateTime @updatedAt
                  @@map("users")
                }
                """);
        assertThat(b.errors()).isEmpty();
        ModelWalker user = b.db.findModel("User");
        assertThat(user.databaseName()).isEqualTo("users");
        assertThat(user.hasSingleIdField()).isTrue();

        ScalarFieldWalker id = user.findScalarField("id");
        assertThat(id.scalarType()).isEqualTo(ScalarType.Int);
        assertThat(id.isAutoincrement()).isTrue();
        assertThat(id.isSinglePk()).isTrue();

        ScalarFieldWalker email = user.findScalarField("email");
        assertThat(email.databaseName()).isEqualTo("email_address");
        assertThat(email.rawNativeType()).isEqualTo(
                new NativeTypeAttribute("db", "VarChar", List.of("255"), email.rawNativeType().span()));
        assertThat(email.isUnique()).isTrue();

        ScalarFieldWalker role = user.findScalarField("role");
        assertThat(role.fieldTypeAsEnum().name()).isEqualTo("Role");
        assertThat(role.defaultValue().value().render()).isEqualTo("USER");
        assertThat(user.findScalarField("address").fieldTypeAsCompositeType().findField("street").databaseName())
                .isEqualTo("st");
        assertThat(user.findScalarField("raw").scalarFieldType())
                .isEqualTo(new ScalarFieldType.Unsupported("circle"));
        assertThat(user.findScalarField("updated").isUpdatedAt()).isTrue();

        EnumWalker e = b.db.findEnum("Role");
        assertThat(e.databaseName()).isEqualTo("roles");
        assertThat(e.values()).extracting(EnumValueWalker::databaseName).containsExactly("user", "ADMIN");
    }

    @Test
    void indexesKeepTheirArguments() {
        Built b = build("""
                model A {
                  a Int
                  b String
                  c Json
                  @@id([a, b(sort: Desc)], name: "ab")
                  @@index([b(length: 10), c(ops: JsonbPathOps)], type: Gin, map: "idx")
                  @@unique([a, b], name: "uq", clustered: false)
                }
                """);
        assertThat(b.errors()).isEmpty();
        ModelWalker a = b.db.findModel("A");
        PrimaryKeyWalker pk = a.primaryKey();
        assertThat(pk.name()).isEqualTo("ab");
        assertThat(pk.fields()).extracting(ScalarFieldWalker::name).containsExactly("a", "b");
        assertThat(pk.scalarFieldAttributes().get(1).sortOrder()).isEqualTo(SortOrder.Desc);
        assertThat(pk.isDefinedOnField()).isFalse();

        IndexWalker idx = a.indexes().get(0);
        assertThat(idx.isNormal()).isTrue();
        assertThat(idx.algorithm()).isEqualTo(IndexAlgorithm.Gin);
        assertThat(idx.mappedName()).isEqualTo("idx");
        assertThat(idx.fields().get(0).length()).isEqualTo(10);
        assertThat(idx.fields().get(1).operatorClass()).isEqualTo(OperatorClassStore.of(OperatorClass.JsonbPathOps));

        IndexWalker uq = a.indexes().get(1);
        assertThat(uq.isUnique()).isTrue();
        assertThat(uq.name()).isEqualTo("uq");
        assertThat(uq.clustered()).isFalse();
        assertThat(uq.attributeName()).isEqualTo("@@unique");
        assertThat(a.uniqueCriterias()).hasSize(2);
    }

    @Test
    void infersRelationKinds() {
        Built b = build("""
                model User {
                  id      Int      @id
                  posts   Post[]
                  profile Profile?
                  tags    Tag[]
                  boss    User?    @relation("boss", fields: [bossId], references: [id])
                  bossId  Int?
                  staff   User[]   @relation("boss")
                  notes   Note[]
                }
                model Note {
                  id Int @id
                }
                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
                }
                model Profile {
                  id     Int  @id
                  userId Int  @unique
                  user   User @relation(fields: [userId], references: [id])
                }
                model Tag {
                  id    Int    @id
                  users User[]
                }
                model Comment {
                  id     Int  @id
                  postId Int
                  post   Post @relation(fields: [postId], references: [id])
                }
                """);
        assertThat(b.errors()).isEmpty();
        List<RelationWalker> relations = b.db.walkRelations();
        assertThat(relations).hasSize(6);

        RelationFieldWalker author = b.db.findModel("Post").findRelationField("author");
        RelationWalker postAuthor = author.relation();
        assertThat(postAuthor.isOneToMany()).isTrue();
        assertThat(postAuthor.modelA().name()).isEqualTo("Post");
        assertThat(postAuthor.relationName()).isEqualTo("PostToUser");
        assertThat(author.explicitOnDelete()).isEqualTo(ReferentialAction.Cascade);
        assertThat(author.oppositeRelationField().name()).isEqualTo("posts");
        InlineRelationWalker inline = postAuthor.asInline();
        assertThat(inline.referencingFields()).extracting(ScalarFieldWalker::name).containsExactly("authorId");
        assertThat(inline.referencedFields()).extracting(ScalarFieldWalker::name).containsExactly("id");

        assertThat(b.db.findModel("Profile").findRelationField("user").relation().isOneToOne()).isTrue();

        RelationWalker tags = b.db.findModel("Tag").findRelationField("users").relation();
        assertThat(tags.isImplicitManyToMany()).isTrue();
        assertThat(tags.modelA().name()).isEqualTo("Tag");
        assertThat(tags.fieldB().name()).isEqualTo("tags");

        RelationWalker boss = b.db.findModel("User").findRelationField("staff").relation();
        assertThat(boss.isSelfRelation()).isTrue();
        assertThat(boss.relationName()).isEqualTo("boss");
        assertThat(boss.fieldA().name()).isEqualTo("boss");

        RelationWalker forwardOnly = b.db.findModel("Comment").findRelationField("post").relation();
        assertThat(forwardOnly.fieldB()).isNull();
        assertThat(forwardOnly.isComplete()).isFalse();

        RelationWalker backOnly = b.db.findModel("User").findRelationField("notes").relation();
        assertThat(backOnly.modelA().name()).isEqualTo("Note");
        assertThat(backOnly.fieldA()).isNull();
        assertThat(backOnly.fieldB().name()).isEqualTo("notes");
        assertThat(backOnly.isOneToMany()).isTrue();
    }

    @Test
    void reportsNameProblemsAndStopsBeforeTypes() {
        Built b = build("""
                model User {
                  id Int @id
                  id String
                  x  Nope
                }
                enum User {
                  A
                }
                model class {
                  id Int @id
                }
                """);
        assertThat(b.errors()).containsExactly(
                "Field \"id\" is already defined on model \"User\".",
                "The enum \"User\" cannot be defined because a model with that name already exists.",
                "Error validating model \"class\": The model name `class` is invalid. It is a reserved name. "
                        + "Please change it. Read more at https://pris.ly/d/naming-models");
    }

    @Test
    void reportsUnknownTypesAndAttributes() {
        assertThat(build("model A {\n  id Int @id\n  b Nope\n}\n").errors()).containsExactly(
                "Type \"Nope\" is neither a built-in type, nor refers to another model, composite type, or enum.");
        assertThat(build("model A {\n  id Int @id @foo\n  @@bar\n}\n").errors()).containsExactly(
                "Attribute not known: \"@foo\".", "Attribute not known: \"@bar\".");
    }

    @Test
    void reportsAttributeArgumentProblems() {
        Built b = build("""
                model A {
                  id Int @id @default("x")
                  s  String @default(uuid(3))
                  t  String @map(name: "t", "u")
                  u  Int @unique(bogus: 1)
                  @@index([nope])
                }
                """);
        assertThat(b.errors()).containsExactly(
                "Error parsing attribute \"@default\": Expected a Int value, but found `\"x\"`.",
                "Error parsing attribute \"@default\": `uuid()` takes either no argument, or a single integer "
                        + "argument which is either 4 or 7.",
                "Argument \"name\" is already specified as unnamed argument.",
                "No such argument.",
                "Error validating model \"A\": The index definition refers to the unknown fields: nope.");
    }
}
