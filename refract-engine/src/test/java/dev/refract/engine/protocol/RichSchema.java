package dev.refract.engine.protocol;

import dev.refract.engine.ir.Query;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;

/** A schema with every scalar type, lists, enums, Json, compound keys and all relation kinds, and helpers on it. */
final class RichSchema {
    static final String TEXT = """
            datasource db {
              provider = "postgresql"
            }

            enum Role {
              USER
              ADMIN
            }

            model User {
              id        Int       @id @default(autoincrement())
              email     String    @unique
              name      String?
              role      Role      @default(USER)
              tags      String[]
              profile   Json?
              createdAt DateTime  @default(now())
              balance   Decimal?
              big       BigInt?
              score     Float?
              avatar    Bytes?
              posts     Post[]
              bio       Bio?
              memberships Membership[]
            }

            model Bio {
              id     Int    @id
              text   String
              userId Int    @unique
              user   User   @relation(fields: [userId], references: [id])
            }

            model Post {
              id        Int     @id
              title     String
              published Boolean @default(false)
              authorId  Int?
              author    User?   @relation(fields: [authorId], references: [id])
              likes     Int     @default(0)
            }

            model Membership {
              userId Int
              teamId Int
              code   String
              slot   Int
              user   User @relation(fields: [userId], references: [id])

              @@id([userId, teamId])
              @@unique([code, slot], name: "codeSlot")
            }
            """;

    static final SchemaModel SCHEMA = SchemaModels.from(PrismaSchema.validate(TEXT)).orElseThrow();

    private RichSchema() {
    }

    static Model model(String name) {
        return SCHEMA.requireModel(name);
    }

    static ScalarField scalar(String model, String field) {
        return model(model).scalarField(field).orElseThrow();
    }

    static RelationField relation(String model, String field) {
        return model(model).relationField(field).orElseThrow();
    }

    /** Reads a document written with single quotes for readability. */
    static Query read(String model, String action, String query) {
        String doc = "{'modelName': '" + model + "', 'action': '" + action + "', 'query': " + query + "}";
        return ProtocolReader.read(SCHEMA, doc.replace('\'', '"'));
    }
}
