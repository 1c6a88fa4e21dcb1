package com.example.quickstart;

import static dev.refract.client.Atomic.increment;

import dev.refract.client.AggregateResult;
import dev.refract.client.NotLoadedException;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Values;
import dev.refract.engine.raw.Sql;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import refract.client.Post;
import refract.client.Profile;
import refract.client.Refract;
import refract.client.Role;
import refract.client.Tag;
import refract.client.User;

/**
 * The quickstart: a tour of the generated client on the schema in {@code schema.prisma}, printing
 * what each step did. {@code bin/quickstart} builds it, migrates a fresh {@code dev.db} and runs it.
 */
public final class Main {
    /** A row of the raw query in step 8, filled by column name. */
    public record TagCount(String name, long posts) {
    }

    private Main() {
    }

    /** Runs the tour on the schema's database ({@code file:./dev.db}), or on the URL given. */
    public static void main(String[] args) {
        try (Refract db = args.length > 0 ? Refract.connect(args[0]) : Refract.connect()) {
            run(db, System.out);
        }
    }

    /** Every step, in order, on an emptied database. */
    public static void run(Refract db, PrintStream out) {
        out.println("Refract quickstart: the typed client generated from schema.prisma, on SQLite");
        // Start from empty tables, so the tour can run again on the same file.
        db.post().deleteMany(w -> { });
        db.tag().deleteMany(w -> { });
        db.user().deleteMany(w -> { });

        step(out, "1. Create with nested writes: a user, their profile (1:1), posts (1:n) and tags (m:n)");
        User alice = db.user().create(User.create("alice@prisma.io")
                        .name("Alice")
                        .role(Role.WRITER)
                        .profile(p -> p.create(Profile.create("Writes about databases.")
                                .settings(new Values.Json("{\"theme\":\"dark\",\"newsletter\":true}"))))
                        .posts(p -> p.create(
                                Post.create("Hello, Refract").content("The first post.").published(true)
                                        .tags(t -> t.connectOrCreate(Tag.WhereUnique.name("java"), Tag.create("java"))
                                                .connectOrCreate(Tag.WhereUnique.name("sqlite"), Tag.create("sqlite"))),
                                Post.create("Typed queries").published(true)
                                        .tags(t -> t.connectOrCreate(Tag.WhereUnique.name("java"), Tag.create("java"))),
                                Post.create("Draft: migrations"))),
                a -> a.include(i -> i.profile().posts(q -> q.orderBy(o -> o.id().asc()).include(j -> j.tags()))));
        out.println("created " + alice.name().orElse("?") + " <" + alice.email() + "> " + alice.role()
                + ", profile settings " + alice.profile().flatMap(Profile::settings).map(Values.Json::text).orElse("none"));
        for (Post p : alice.posts()) {
            out.println("  post \"" + p.title() + "\" published=" + p.published() + " tags=" + names(p.tags()));
        }
        db.user().create(User.create("bob@prisma.io").name("Bob").role(Role.WRITER)
                .posts(p -> p.create(Post.create("Bob's notes").published(true)
                        .tags(t -> t.connectOrCreate(Tag.WhereUnique.name("sqlite"), Tag.create("sqlite"))))));
        db.user().create(User.create("carol@example.com").name("Carol"));
        out.println("created Bob (1 post) and Carol (none): " + db.user().count() + " users, " + db.post().count()
                + " posts, " + db.tag().count() + " tags");

        step(out, "2. findMany with filters, include and orderBy: published posts tagged java, by title Z to A");
        List<Post> javaPosts = db.post().findMany(q -> q
                .where(w -> w.published().eq(true).tags(t -> t.some(s -> s.name().eq("java"))))
                .include(i -> i.author().tags())
                .orderBy(o -> o.title().desc()));
        for (Post p : javaPosts) {
            out.println("\"" + p.title() + "\" by " + p.author().name().orElse("?") + ", tags " + names(p.tags()));
        }
        List<User> writers = db.user().findMany(q -> q
                .where(w -> w.email().endsWith("@prisma.io").posts(p -> p.some(s -> s.published().eq(true))))
                .orderBy(o -> o.name().asc()));
        out.println("writers with a published post: " + writers.stream().map(u -> u.name().orElse("?")).toList());
        try {
            writers.get(0).posts();
        } catch (NotLoadedException e) {
            out.println("no lazy loading: " + e.getMessage());
        }

        step(out, "3. Cursor pagination: all posts, two at a time, by id");
        Integer cursor = null;
        for (int page = 1; ; page++) {
            Integer after = cursor;
            List<Post> batch = db.post().findMany(q -> {
                q.orderBy(o -> o.id().asc()).take(2);
                if (after != null) {
                    q.cursor(Post.WhereUnique.id(after)).skip(1);   // start after the last one seen
                }
            });
            if (batch.isEmpty()) {
                break;
            }
            out.println("page " + page + ": " + titles(batch));
            cursor = batch.get(batch.size() - 1).id();
        }

        step(out, "4. Update with an atomic increment");
        Post hello = db.post().findFirstOrThrow(q -> q.where(w -> w.title().eq("Hello, Refract")));
        for (int i = 0; i < 3; i++) {
            db.post().update(Post.WhereUnique.id(hello.id()), u -> u.views(increment(1)));
        }
        Post read = db.post().update(Post.WhereUnique.id(hello.id()), u -> u.views(increment(10)));
        out.println("\"" + read.title() + "\" views: " + hello.views() + " -> " + read.views()
                + " (views = views + n in the database, no read-modify-write)");

        step(out, "5. Upsert and groupBy");
        for (int i = 1; i <= 2; i++) {
            User dave = db.user().upsert(User.WhereUnique.email("dave@prisma.io"),
                    User.create("dave@prisma.io").name("Dave"), u -> u.role(Role.ADMIN));
            out.println("upsert #" + i + ": " + dave.name().orElse("?") + " is " + dave.role());
        }
        List<AggregateResult> byRole = db.user().groupBy(g -> g.by(User.Fields.role).count().orderByAsc(User.Fields.role));
        out.println("users by role: " + byRole.stream().map(r -> r.key(User.Fields.role) + "=" + r.count())
                .collect(Collectors.joining(", ")));
        List<AggregateResult> byPublished = db.post().groupBy(g -> g.by(Post.Fields.published)
                .count().sum(Post.Fields.views).orderByAsc(Post.Fields.published));
        for (AggregateResult r : byPublished) {
            out.println("posts published=" + r.key(Post.Fields.published) + ": " + r.count() + " post(s), "
                    + r.sum(Post.Fields.views).orElse(0) + " views");
        }

        step(out, "6. An interactive transaction");
        long moved = db.transaction(tx -> {
            // Bob hands his posts to Alice and becomes a reader: both or neither.
            long n = tx.post().updateMany(w -> w.author(a -> a.is(u -> u.email().eq("bob@prisma.io"))),
                    u -> u.authorId(alice.id()));
            tx.user().update(User.WhereUnique.email("bob@prisma.io"), u -> u.role(Role.READER));
            return n;
        });
        out.println("committed: moved " + moved + " post(s) to Alice, Bob is now "
                + db.user().findUniqueOrThrow(User.WhereUnique.email("bob@prisma.io")).role());
        try {
            db.transaction(tx -> {
                tx.tag().create(Tag.create("rust"));
                return tx.tag().create(Tag.create("java"));   // already exists: fails, so "rust" goes too
            });
        } catch (RefractException e) {
            out.println("rolled back on " + e.code() + ": tag rust exists? "
                    + db.tag().findUnique(Tag.WhereUnique.name("rust")).isPresent());
        }

        step(out, "7. Raw SQL");
        List<TagCount> counts = db.raw().queryRaw(Sql.of("SELECT t.name AS name, COUNT(*) AS posts FROM {} t JOIN {} pt"
                        + " ON pt.\"B\" = t.id GROUP BY t.name ORDER BY posts DESC, t.name",
                Sql.identifier("Tag"), Sql.identifier("_PostToTag")), TagCount.class);
        out.println("posts per tag: " + counts.stream().map(c -> c.name() + "=" + c.posts()).collect(Collectors.joining(", ")));
        int filled = db.raw().executeRaw(Sql.of("UPDATE {} SET content = {} WHERE content IS NULL",
                Sql.identifier("Post"), "(no content yet)"));
        out.println("executeRaw updated " + filled + " post(s) without content");

        step(out, "Done.");
    }

    private static void step(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }

    private static String titles(List<Post> posts) {
        return posts.stream().map(p -> "\"" + p.title() + "\"").collect(Collectors.joining(", "));
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::name).sorted().toList();
    }
}
