package com.example.blog;

import static dev.refract.client.Atomic.increment;

import dev.refract.client.AggregateResult;
import dev.refract.client.NotLoadedException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs through the generated API; returns what it saw, one line per step. */
public final class Scenario implements Function<String, List<String>> {
    @Override
    public List<String> apply(String url) {
        List<String> out = new ArrayList<>();
        try (Refract db = Refract.connect(url)) {
            User alice = db.user().create(User.create("alice@prisma.io")
                    .name("Alice")
                    .role(Role.WRITER)
                    .posts(p -> p.create(Post.create("Hello", "hello", "en").published(true),
                            Post.create("Draft", "draft", "en"))),
                    a -> a.include(i -> i.posts(q -> q.orderBy(o -> o.id().asc()))));
            out.add("created " + alice.email() + " " + alice.role() + " posts=" + alice.posts().size());
            db.user().create(User.create("bob@example.com"));

            List<User> writers = db.user().findMany(q -> q
                    .where(w -> w.email().endsWith("@prisma.io")
                            .posts(p -> p.some(s -> s.published().eq(true))))
                    .include(i -> i.posts(p -> p.where(w -> w.published().eq(true)).orderBy(o -> o.title().desc()).take(10)))
                    .orderBy(o -> o.name().asc())
                    .take(20));
            out.add("writers " + writers.size() + " first=" + writers.get(0).name().orElse("?")
                    + " published=" + writers.get(0).posts().size());

            Post hello = db.post().update(Post.WhereUnique.slugLang("hello", "en"), u -> u.views(increment(5)));
            hello = db.post().update(Post.WhereUnique.id(hello.id()), u -> u.views(increment(2)).title("Hello!"));
            out.add("views " + hello.views() + " title=" + hello.title());
            User nested = db.user().update(User.WhereUnique.email("alice@prisma.io"), u -> u
                    .posts(p -> p.update(Post.WhereUnique.slugLang("hello", "en"), d -> d.views(increment(3)))
                            .updateMany(w -> w.published().eq(false), d -> d.title("Still a draft"))
                            .create(Post.create("Third", "third", "en"))),
                    a -> a.include(i -> i.posts(q -> q.orderBy(o -> o.id().asc()))));
            out.add("nested " + nested.posts().stream().map(p -> p.title() + ":" + p.views()).toList());

            try {
                hello.author();
                out.add("author loaded?!");
            } catch (NotLoadedException e) {
                out.add("not loaded: " + e.getMessage());
            }
            // mode: insensitive is PostgreSQL's (SQLite refuses it, as with Prisma)
            out.add("insensitive " + (url.startsWith("file:")
                    ? db.user().count(w -> w.email().startsWith("alice"))
                    : db.user().count(w -> w.email().insensitive().startsWith("ALICE"))));
            out.add("missing " + db.user().findUnique(User.WhereUnique.email("nobody@x.io")).isPresent());
            out.add("by role " + db.user().findFirst(q -> q.where(w -> w.role().eq(Role.WRITER))).map(User::email).orElse("-"));
            out.add("selected " + db.user().findUnique(User.WhereUnique.email("bob@example.com"), a -> a.select(s -> s.email()))
                    .map(u -> u.isLoaded("name") + " " + u.email()).orElse("-"));
            User up = db.user().upsert(User.WhereUnique.email("carol@x.io"), User.create("carol@x.io"), u -> u.name("Carol"));
            out.add("upserted " + up.email() + " " + up.name().isPresent());
            AggregateResult stats = db.post().aggregate(a -> a.where(w -> w.lang().eq("en"))
                    .count().avg(Post.Fields.views).sum(Post.Fields.views).max(Post.Fields.title).min(Post.Fields.score));
            out.add("aggregate " + stats.count() + " avg=" + stats.avg(Post.Fields.views).orElse(-1.0)
                    + " sum=" + stats.sum(Post.Fields.views).orElse(-1) + " max=" + stats.max(Post.Fields.title).orElse("-")
                    + " min=" + stats.min(Post.Fields.score).isPresent());
            List<AggregateResult> groups = db.post().groupBy(g -> g.by(Post.Fields.published)
                    .count().sum(Post.Fields.views).orderByAsc(Post.Fields.published));
            out.add("groups " + groups.stream().map(r -> r.key(Post.Fields.published) + "=" + r.count() + "/"
                    + r.sum(Post.Fields.views).orElse(0)).toList());
            out.add("by role " + db.user().groupBy(g -> g.by(User.Fields.role).count().orderByAsc(User.Fields.role)).stream()
                    .map(r -> r.key(User.Fields.role) + ":" + r.count()).toList());
            out.add("having " + db.post().groupBy(g -> g.by(Post.Fields.published).count().sum(Post.Fields.views)
                    .having(h -> h.count(Post.Fields.id).gte(2L).sum(Post.Fields.views).lt(100))
                    .orderBy(o -> o.count().desc().field(Post.Fields.published).asc())).stream()
                    .map(r -> r.key(Post.Fields.published) + "=" + r.count()).toList()
                    + " " + db.post().groupBy(g -> g.by(Post.Fields.published).avg(Post.Fields.views)
                    .orderBy(o -> o.avg(Post.Fields.views).desc())).stream()
                    .map(r -> r.key(Post.Fields.published) + ":" + r.avg(Post.Fields.views).orElse(-1.0)).toList());
            User counted = db.user().findUniqueOrThrow(User.WhereUnique.email("alice@prisma.io"),
                    a -> a.include(i -> i.postsCount(w -> w.published().eq(true))));
            out.add("_count " + counted.postsCount() + " " + counted.email());
            try {
                alice.postsCount();
                out.add("count loaded?!");
            } catch (NotLoadedException e) {
                out.add("count not loaded: " + e.getMessage());
            }
            out.add("solo " + db.post().create(Post.create("Solo", "solo", "en",
                    Post.author(User.WhereUnique.email("bob@example.com"))), a -> a.include(i -> i.author())).author().email()
                    + " " + db.post().create(Post.create("Duo", "duo", "en", Post.author(User.create("dave@x.io").name("Dave"))),
                    a -> a.include(i -> i.author())).author().name().orElse("?"));
            db.post().deleteMany(w -> w.slug().in(List.of("solo", "duo")));
            out.add("distinct " + db.post().findMany(q -> q.distinct(Post.Fields.published).orderBy(o -> o.published().asc()))
                    .stream().map(Post::published).toList());
            out.add("first " + db.post().findFirstOrThrow(q -> q.where(w -> w.views().gte(10))).title()
                    + " " + db.user().findUniqueOrThrow(User.WhereUnique.email("bob@example.com")).email());
            try {
                db.user().findUniqueOrThrow(User.WhereUnique.email("nobody@x.io"));
                out.add("found nobody?!");
            } catch (dev.refract.engine.error.RefractException e) {
                out.add("orThrow " + e.code());
            }
            out.add("ordered " + db.post().findMany(q -> q.orderBy(o -> o.author(a -> a.email().desc()).id().asc()).take(2))
                    .stream().map(Post::title).toList() + " " + db.user().findMany(q -> q.orderBy(o -> o.postsCount().desc()).take(1))
                    .get(0).email());
            out.add("createMany " + db.post().createMany(List.of(
                    Post.create("A", "a", "en", Post.authorId(alice.id())), Post.create("B", "b", "en", Post.authorId(alice.id())))));
            out.add("createManyAndReturn " + db.post().createManyAndReturn(List.of(Post.create("C", "c", "de", Post.authorId(alice.id()))))
                    .stream().map(p -> p.title() + "/" + p.lang()).toList());
            out.add("updateMany " + db.post().updateMany(w -> w.lang().eq("en").published().eq(false), u -> u.published(true)));
            long n = db.transaction(tx -> {
                tx.post().delete(Post.WhereUnique.slugLang("a", "en"));
                return tx.post().count();
            });
            out.add("after tx " + n);
            // Raw SQL in a transaction body runs in that transaction: it sees the body's writes and
            // rolls back with it.
            try {
                db.transaction(tx -> {
                    tx.raw().executeRaw(dev.refract.engine.raw.Sql.of("DELETE FROM {}",
                            dev.refract.engine.raw.Sql.identifier("Post")));
                    out.add("raw in tx " + tx.post().count() + " "
                            + tx.raw().queryRaw(dev.refract.engine.raw.Sql.of("SELECT COUNT(*) AS n FROM {}",
                                    dev.refract.engine.raw.Sql.identifier("Post"))).get(0).get("n"));
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException e) {
                out.add("rolled back " + db.post().count());
            }
            out.add("deleteMany " + db.post().deleteMany(w -> w.author(a -> a.is(u -> u.email().eq("alice@prisma.io")))));
            out.add("count " + db.post().count());
        }
        return out;
    }
}
