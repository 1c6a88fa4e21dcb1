package dev.refract.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A model with two required relations to the same model: its creates without one of them are
 * named apart ({@code createWithoutFrom}), and a link given in the other relation's place, which
 * Java's types cannot tell apart, is caught when the create is built.
 */
class RequiredRelationsTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
            }

            model User {
              id   Int   @id
              sent Msg[] @relation("sent")
              got  Msg[] @relation("got")
            }

            model Msg {
              id     Int  @id
              fromId Int
              toId   Int
              from   User @relation("sent", fields: [fromId], references: [id])
              to     User @relation("got", fields: [toId], references: [id])
            }
            """;

    private static final String PROGRAM = """
            package com.example.msg;

            public final class Program implements java.util.function.Supplier<String> {
                @Override
                public String get() {
                    // Both relations given, by link and by key; a nested create supplies one of them.
                    Msg.create(1, Msg.from(User.WhereUnique.id(1)), Msg.toId(2));
                    User.create(1).sent(s -> s.create(Msg.createWithoutFrom(2, Msg.to(User.WhereUnique.id(3)))))
                            .got(g -> g.create(Msg.createWithoutTo(3, Msg.fromId(4))));
                    try {
                        Msg.create(1, Msg.to(User.WhereUnique.id(1)), Msg.from(User.WhereUnique.id(2)));
                        return "swapped links accepted?!";
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                }
            }
            """;

    @Test
    void variantsAreNamedApartAndSwappedLinksAreCaught() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>(ClientGenerator.generate(Schemas.parse(SCHEMA),
                ClientGenerator.Options.of("com.example.msg")));
        sources.put("com/example/msg/Program.java", PROGRAM);
        Javac.Result r = Javac.compile(sources);
        assertThat(r.errors()).isEmpty();
        @SuppressWarnings("unchecked")
        Supplier<String> program = (Supplier<String>) r.loader().loadClass("com.example.msg.Program")
                .getConstructor().newInstance();
        assertThat(program.get()).isEqualTo("a link of the relation to was given for the relation from");
    }
}
