package dev.refract.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.model.Arity;
import dev.refract.model.BuiltinType;
import dev.refract.model.DefaultValue;
import dev.refract.model.IndexType;
import dev.refract.model.LiteralValue;
import dev.refract.model.Model;
import dev.refract.model.NativeType;
import dev.refract.model.ReferentialAction;
import dev.refract.model.Relation;
import dev.refract.model.RelationKind;
import dev.refract.model.RelationMode;
import dev.refract.model.ScalarField;
import dev.refract.model.ScalarType;
import dev.refract.model.SchemaModel;
import dev.refract.model.SortOrder;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaModelsTest {
    private static final String BLOG = """
            datasource db {
              provider     = "postgres"
              url          = "postgresql://localhost/db"
              relationMode = "prisma"
            }

            /// Someone who writes.
            model User {
              id        Int      @id @default(autoincrement())
              email     String   @unique @db.VarChar(200)
              /// Display name.
              name      String?  @map("display_name")
              role      Role     @default(USER)
              balance   Decimal  @default(12.50)
              visits    BigInt   @default(9007199254740993)
              tags      String[] @default(["a", "b"])
              updatedAt DateTime @updatedAt
              createdAt DateTime @default(now())
              posts     Post[]
              secret    String   @ignore

              @@map("users")
            }

            model Post {
              id         String     @id @default(uuid(7))
              authorId   Int
              author     User       @relation(fields: [authorId], references: [id], onDelete: Cascade)
              title      String
              categories Category[]

              @@unique([authorId, title(sort: Desc)], name: "byTitle", map: "post_title")
              @@index([title])
            }

            model Category {
              id    Int    @id
              posts Post[]
            }

            enum Role {
              USER  @map("user")
              ADMIN

              @@map("roles")
            }
            """;

    private static SchemaModel model(String schema) {
        ValidatedSchema validated = PrismaSchema.validate(schema);
        assertThat(validated.render(false)).isEmpty();
        return SchemaModels.from(validated).orElseThrow();
    }

    @Test
    void readsTheDatasource() {
        SchemaModel schema = model(BLOG);
        assertThat(schema.provider()).isEqualTo("postgresql");
        assertThat(schema.relationMode()).isEqualTo(RelationMode.PRISMA);
        assertThat(schema.datasource().name()).isEqualTo("db");
    }

    @Test
    void readsModelsAndScalarFields() {
        Model user = model(BLOG).requireModel("User");
        assertThat(user.dbName()).isEqualTo("users");
        assertThat(user.documentation()).isEqualTo("Someone who writes.");
        assertThat(user.primaryKey().fieldNames()).containsExactly("id");
        assertThat(user.primaryKey().definedOnField()).isTrue();

        ScalarField id = user.scalarField("id").orElseThrow();
        assertThat(id.isId()).isTrue();
        assertThat(id.isUnique()).isFalse();
        assertThat(id.defaultValue()).isEqualTo(new DefaultValue.Autoincrement());

        ScalarField email = user.scalarField("email").orElseThrow();
        assertThat(email.isUnique()).isTrue();
        assertThat(email.nativeType()).isEqualTo(NativeType.of("VarChar", "200"));

        ScalarField name = user.scalarField("name").orElseThrow();
        assertThat(name.arity()).isEqualTo(Arity.OPTIONAL);
        assertThat(name.databaseName()).isEqualTo("display_name");
        assertThat(name.documentation()).isEqualTo("Display name.");

        assertThat(user.scalarField("role").orElseThrow().type()).isEqualTo(ScalarType.enumRef("Role"));
        assertThat(user.scalarField("role").orElseThrow().defaultValue())
                .isEqualTo(DefaultValue.literal(new LiteralValue.EnumValue("USER")));
        assertThat(user.scalarField("balance").orElseThrow().defaultValue())
                .isEqualTo(DefaultValue.literal(new LiteralValue.Decimal(new BigDecimal("12.50"))));
        assertThat(user.scalarField("visits").orElseThrow().defaultValue())
                .isEqualTo(DefaultValue.literal(new LiteralValue.BigInt(new BigInteger("9007199254740993"))));
        assertThat(user.scalarField("tags").orElseThrow().defaultValue()).isEqualTo(DefaultValue.literal(
                new LiteralValue.ListValue(List.of(new LiteralValue.Text("a"), new LiteralValue.Text("b")))));
        assertThat(user.scalarField("updatedAt").orElseThrow().isUpdatedAt()).isTrue();
        assertThat(user.scalarField("createdAt").orElseThrow().type().builtin()).isEqualTo(BuiltinType.DATE_TIME);
        assertThat(user.scalarField("secret").orElseThrow().ignored()).isTrue();
    }

    @Test
    void readsIndexesWithTheirOptions() {
        Model post = model(BLOG).requireModel("Post");
        assertThat(post.scalarField("id").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Uuid(7));
        assertThat(post.indexes()).hasSize(2);
        // Prisma's order: field-level @unique, then @@index, then @@unique, then @@fulltext.
        assertThat(post.indexes()).extracting(i -> i.type()).containsExactly(IndexType.NORMAL, IndexType.UNIQUE);
        var unique = post.uniqueIndexes().get(0);
        assertThat(unique.name()).isEqualTo("byTitle");
        assertThat(unique.dbName()).isEqualTo("post_title");
        assertThat(unique.definedOnField()).isFalse();
        assertThat(unique.fields().get(1).sortOrder()).isEqualTo(SortOrder.DESC);
    }

    @Test
    void resolvesRelations() {
        SchemaModel schema = model(BLOG);
        Relation authored = schema.relation("Post", "author").orElseThrow();
        assertThat(authored.name()).isEqualTo("PostToUser");
        assertThat(authored.kind()).isEqualTo(RelationKind.ONE_TO_MANY);
        assertThat(authored.fieldA().fields()).containsExactly("authorId");
        assertThat(authored.fieldA().references()).containsExactly("id");
        assertThat(authored.fieldA().onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(authored.fieldB().name()).isEqualTo("posts");
        assertThat(authored.fieldA().effectiveOnUpdate()).isEqualTo(ReferentialAction.CASCADE);

        Relation m2n = schema.relation("Post", "categories").orElseThrow();
        assertThat(m2n.kind()).isEqualTo(RelationKind.MANY_TO_MANY);
        assertThat(m2n.joinTableName()).isEqualTo("_CategoryToPost");
        assertThat(m2n.modelA()).isEqualTo("Category");
    }

    @Test
    void knowsTheDefaultReferentialActionsOfTheConnector() {
        String schema = """
                datasource db {
                  provider     = "%s"
                  url          = "%s"
                  relationMode = "%s"
                }

                model A {
                  id Int @id
                  bs B[]
                  cs C[]
                }

                model B {
                  id  Int @id
                  aId Int
                  a   A   @relation(fields: [aId], references: [id])

                  @@index([aId])
                }

                model C {
                  id  Int  @id
                  aId Int?
                  a   A?   @relation(fields: [aId], references: [id])

                  @@index([aId])
                }
                """;
        SchemaModel postgres = model(schema.formatted("postgresql", "postgresql://x", "foreignKeys"));
        assertThat(postgres.requireModel("B").relationField("a").orElseThrow().effectiveOnDelete())
                .isEqualTo(ReferentialAction.RESTRICT);
        assertThat(postgres.requireModel("C").relationField("a").orElseThrow().effectiveOnDelete())
                .isEqualTo(ReferentialAction.SET_NULL);
        assertThat(postgres.requireModel("A").relationField("bs").orElseThrow().defaultOnDelete()).isNull();
        SchemaModel sqlserver = model(schema.formatted("sqlserver", "sqlserver://x", "foreignKeys"));
        assertThat(sqlserver.requireModel("B").relationField("a").orElseThrow().effectiveOnDelete())
                .isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void aFieldIsUniqueAloneThroughUniqueOrASingleFieldCompoundUnique() {
        Model m = model("""
                model M {
                  id Int    @id
                  a  String @unique
                  b  String
                  c  String
                  d  String

                  @@unique([b])
                  @@unique([c, d])
                }
                """).requireModel("M");
        assertThat(m.scalarFields()).filteredOn(ScalarField::isUnique).extracting(ScalarField::name)
                .containsExactly("a", "b");
    }

    @Test
    void readsEnums() {
        var role = model(BLOG).enumType("Role").orElseThrow();
        assertThat(role.databaseName()).isEqualTo("roles");
        assertThat(role.values()).extracting(v -> v.databaseName()).containsExactly("user", "ADMIN");
    }

    @Test
    void readsCompositeTypes() {
        SchemaModel schema = model("""
                datasource db {
                  provider = "mongodb"
                  url      = "mongodb://localhost/db"
                }

                model Post {
                  id       String    @id @default(auto()) @map("_id") @db.ObjectId
                  comments Comment[]

                  @@index([comments.userId])
                }

                type Comment {
                  userId String @db.ObjectId
                  body   String @map("text") @default("")
                }
                """);
        assertThat(schema.relationMode()).isEqualTo(RelationMode.PRISMA);
        var comment = schema.compositeType("Comment").orElseThrow();
        assertThat(comment.field("body").orElseThrow().dbName()).isEqualTo("text");
        Model post = schema.requireModel("Post");
        assertThat(post.scalarField("comments").orElseThrow().type()).isEqualTo(ScalarType.compositeRef("Comment"));
        assertThat(post.scalarField("id").orElseThrow().defaultValue()).isEqualTo(new DefaultValue.Auto());
        assertThat(post.indexes().get(0).fields().get(0).path()).containsExactly("comments", "userId");
    }

    @Test
    void givesNoModelForAnInvalidSchema() {
        ValidatedSchema invalid = PrismaSchema.validate("model A {\n  id Int @id\n  b  Nope\n}\n");
        assertThat(invalid.isValid()).isFalse();
        assertThat(SchemaModels.from(invalid)).isEmpty();
    }
}
