package dev.refract.engine.exec.write;

import dev.refract.model.SchemaModel;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidatedSchema;
import dev.refract.schema.model.SchemaModels;
import java.util.List;

/**
 * The schema of the nested-write tests: one-to-one with an optional foreign key (User/Profile) and
 * a required one (Citizen/Passport), one-to-many (User/Post), implicit many-to-many (Post/Tag,
 * User/Group), a compound key (Org/Member) and a self-relation (Employee).
 */
final class NestedFixture {
    static final String SCHEMA = """
            datasource db {
              provider = "%s"
              url      = env("DATABASE_URL")
            }

            model User {
              id      Int      @id @default(autoincrement())
              email   String   @unique
              name    String?
              posts   Post[]
              profile Profile?
              groups  Group[]
            }

            model Profile {
              id     Int    @id @default(autoincrement())
              bio    String
              userId Int?   @unique
              user   User?  @relation(fields: [userId], references: [id])
            }

            model Post {
              id       Int    @id @default(autoincrement())
              title    String
              authorId Int
              author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
              tags     Tag[]
            }

            model Tag {
              id    Int    @id @default(autoincrement())
              name  String @unique
              posts Post[]
            }

            model Group {
              id    Int    @id @default(autoincrement())
              name  String @unique
              users User[]
            }

            model Org {
              a       Int
              b       Int
              name    String
              members Member[]

              @@id([a, b])
            }

            model Member {
              id   Int    @id @default(autoincrement())
              nick String
              orgA Int
              orgB Int
              org  Org    @relation(fields: [orgA, orgB], references: [a, b])
            }

            model Employee {
              id        Int        @id @default(autoincrement())
              name      String
              managerId Int?
              manager   Employee?  @relation("Mgmt", fields: [managerId], references: [id])
              reports   Employee[] @relation("Mgmt")
            }

            model Citizen {
              id       Int       @id @default(autoincrement())
              name     String
              passport Passport?
            }

            model Passport {
              id      Int     @id @default(autoincrement())
              number  String
              ownerId Int     @unique
              owner   Citizen @relation(fields: [ownerId], references: [id])
            }
            """;

    /** Tables in an order that deletes cleanly. */
    static final List<String> TABLES = List.of("_PostToTag", "_GroupToUser", "Post", "Tag", "Profile", "Group",
            "User", "Member", "Org", "Passport", "Citizen", "Employee");

    static SchemaModel schema(String provider) {
        ValidatedSchema validated = PrismaSchema.validate(SCHEMA.formatted(provider));
        return SchemaModels.from(validated).orElseThrow(() -> new IllegalStateException(validated.render(false)));
    }
}
