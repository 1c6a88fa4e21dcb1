package dev.refract.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Snippets that must not compile against the generated blog client, each with the javac error
 * that says why; and one that compiles but fails at run time (a relation not included), covered by
 * {@link EndToEndTest}.
 */
class CompileFailureTest {
    private static Map<String, String> client;

    @BeforeAll
    static void generate() {
        client = ClientGenerator.generate(Schemas.blog("sqlite"), ClientGenerator.Options.of("com.example.blog"));
    }

    private static String errors(String body) {
        Map<String, String> sources = new LinkedHashMap<>(client);
        sources.put("com/example/blog/Snippet.java", "package com.example.blog;\n"
                + "import static dev.refract.client.Atomic.increment;\n"
                + "class Snippet {\n  void run(Refract db) {\n    " + body + "\n  }\n}\n");
        Javac.Result r = Javac.compile(sources);
        assertThat(r.ok()).as("should not compile: " + body).isFalse();
        return r.errors();
    }

    @Test
    void theControlSnippetCompiles() {
        Map<String, String> sources = new LinkedHashMap<>(client);
        sources.put("com/example/blog/Snippet.java", "package com.example.blog;\nclass Snippet {\n  void run(Refract db) {\n"
                + "    db.user().findUnique(User.WhereUnique.email(\"a@x.io\"));\n"
                + "    db.user().create(User.create(\"a@x.io\").name(\"A\"));\n"
                + "    db.post().create(Post.create(\"T\", \"t\", \"en\", Post.author(User.WhereUnique.id(1))));\n"
                + "    db.post().create(Post.create(\"T\", \"t\", \"en\", Post.authorId(1)));\n"
                + "    db.user().create(User.create(\"a@x.io\").posts(p -> p.create(Post.create(\"T\", \"t\", \"en\"))));\n"
                + "  }\n}\n");
        assertThat(Javac.compile(sources).errors()).isEmpty();
    }

    @Test
    void nonUniqueFieldInFindUnique() {
        assertThat(errors("db.user().findUnique(User.WhereUnique.name(\"Alice\"));"))
                .contains("Snippet.java:5:").contains("cannot find symbol").contains("name(java.lang.String)");
    }

    @Test
    void whereInsteadOfWhereUniqueInFindUnique() {
        assertThat(errors("db.user().findUnique(w -> w.name().eq(\"Alice\"));"))
                .contains("Snippet.java:5:").contains("WhereUnique");
    }

    @Test
    void missingRequiredFieldInCreate() {
        assertThat(errors("db.user().create(User.create().name(\"Alice\"));"))
                .contains("Snippet.java:5:").contains("create").contains("java.lang.String");
    }

    /** A post's author is required: a create without it is a create for a parent's nested write only. */
    @Test
    void missingRequiredRelationInCreate() {
        assertThat(errors("db.post().create(Post.create(\"T\", \"t\", \"en\"));"))
                .contains("Snippet.java:5:").contains("incompatible types")
                .contains("Post.CreateWithoutAuthor cannot be converted to com.example.blog.Post.Create");
    }

    @Test
    void requiredRelationOfTheWrongModel() {
        assertThat(errors("db.post().create(Post.create(\"T\", \"t\", \"en\", User.WhereUnique.id(1)));"))
                .contains("Snippet.java:5:").contains("User.WhereUnique cannot be converted to dev.refract.client.Link<com.example.blog.Post>");
    }

    @Test
    void foreignKeyOfTheWrongType() {
        assertThat(errors("db.post().create(Post.create(\"T\", \"t\", \"en\", Post.authorId(\"7\")));"))
                .contains("Snippet.java:5:").contains("java.lang.String cannot be converted to int");
    }

    @Test
    void missingPartOfACompoundUnique() {
        assertThat(errors("db.post().findUnique(Post.WhereUnique.slugLang(\"hello\"));"))
                .contains("Snippet.java:5:").contains("slugLang");
    }

    @Test
    void wrongValueType() {
        assertThat(errors("db.post().findMany(q -> q.where(w -> w.views().gt(\"ten\")));"))
                .contains("Snippet.java:5:").contains("java.lang.String").contains("java.lang.Integer");
    }

    @Test
    void wrongEnumType() {
        assertThat(errors("db.user().create(User.create(\"a@x.io\").role(\"ADMIN\"));"))
                .contains("Snippet.java:5:").contains("Role");
    }

    @Test
    void unknownField() {
        assertThat(errors("db.user().findMany(q -> q.where(w -> w.nickname().eq(\"A\")));"))
                .contains("Snippet.java:5:").contains("cannot find symbol").contains("nickname()");
    }

    @Test
    void averageOfAString() {
        assertThat(errors("db.post().aggregate(a -> a.avg(Post.Fields.title));"))
                .contains("Snippet.java:5:").contains("Ref<java.lang.String>");
    }

    @Test
    void aggregateReadAsTheWrongType() {
        assertThat(errors("String s = db.post().aggregate(a -> a.sum(Post.Fields.views)).sum(Post.Fields.views).orElseThrow();"))
                .contains("Snippet.java:5:").contains("java.lang.Integer");
    }

    @Test
    void havingComparesAnAverageWithAString() {
        assertThat(errors("db.post().groupBy(g -> g.by(Post.Fields.published).having(h -> h.avg(Post.Fields.views).gt(\"3\")));"))
                .contains("Snippet.java:5:").contains("java.lang.String").contains("java.lang.Double");
    }

    @Test
    void relationCountOfAToOneRelation() {
        assertThat(errors("db.post().findMany(q -> q.include(i -> i.authorCount()));"))
                .contains("Snippet.java:5:").contains("cannot find symbol").contains("authorCount()");
    }

    @Test
    void incrementOfAString() {
        assertThat(errors("db.post().update(Post.WhereUnique.id(1), u -> u.title(increment(1)));"))
                .contains("Snippet.java:5:");
    }
}
