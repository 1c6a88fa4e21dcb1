package com.example.blog;

import static dev.refract.client.Atomic.increment;

import com.example.blog.db.Author;
import com.example.blog.db.Category;
import com.example.blog.db.Comment;
import com.example.blog.db.Post;
import com.example.blog.db.Refract;
import com.example.blog.db.Status;
import dev.refract.client.AggregateResult;
import dev.refract.engine.error.RefractException;
import dev.refract.engine.ir.Values;
import dev.refract.engine.raw.Sql;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The blog example: the generated client on PostgreSQL ({@code DATABASE_URL}, or the URL given as
 * the first argument), printing what each step did. See this example's README.md to run it.
 */
public final class Main {
    /** A row of the raw jsonb query in step 7, filled by column name. */
    public record Reading(String slug, int minutes) {
    }

    private Main() {
    }

    /** Runs the tour on {@code DATABASE_URL} (environment, then .env), or on the URL given. */
    public static void main(String[] args) throws Exception {
        try (Refract db = args.length > 0 ? Refract.connect(args[0]) : Refract.connect()) {
            run(db, System.out);
        }
    }

    /** Every step, in order, on emptied tables. */
    public static void run(Refract db, PrintStream out) throws Exception {
        out.println("Refract blog: the typed client generated from prisma/schema.prisma, on PostgreSQL");
        db.comment().deleteMany(w -> { });
        db.post().deleteMany(w -> { });
        db.category().deleteMany(w -> { });
        db.author().deleteMany(w -> { });

        step(out, "1. Nested writes: authors with their posts, categories (m:n) and comments");
        Author ada = db.author().create(Author.create("ada@example.com", "Ada Lovelace")
                        .posts(p -> p.create(
                                Post.create("engines", "Notes on the Analytical Engine", "It weaves algebraic patterns.")
                                        .status(Status.PUBLISHED).publishedAt(Instant.parse("2024-01-10T09:00:00Z"))
                                        .metadata(json("{\"readingMinutes\": 7, \"source\": \"notebook\"}"))
                                        .categories(c -> c.connectOrCreate(Category.WhereUnique.name("history"), Category.create("history"))
                                                .connectOrCreate(Category.WhereUnique.name("computing"), Category.create("computing"))),
                                Post.create("poetry", "Poetical science", "Imagination is the discovering faculty.")
                                        .status(Status.PUBLISHED).publishedAt(Instant.parse("2024-02-01T12:00:00Z"))
                                        .metadata(json("{\"readingMinutes\": 3, \"source\": \"letters\"}"))
                                        .categories(c -> c.connectOrCreate(Category.WhereUnique.name("history"), Category.create("history"))),
                                Post.create("bernoulli", "Computing Bernoulli numbers", "Note G, in full.")
                                        .categories(c -> c.connectOrCreate(Category.WhereUnique.name("computing"), Category.create("computing"))))),
                a -> a.include(i -> i.posts(q -> q.orderBy(o -> o.id().asc()).include(j -> j.categories()))));
        out.println("created " + ada.name() + " with " + ada.posts().size() + " posts: " + ada.posts().stream()
                .map(p -> p.slug() + " " + p.status() + " " + names(p.categories())).collect(Collectors.joining(", ")));
        db.author().create(Author.create("grace@example.com", "Grace Hopper")
                .posts(p -> p.create(Post.create("compilers", "Why compilers", "Programs that write programs.")
                        .status(Status.PUBLISHED).publishedAt(Instant.parse("2024-03-05T15:30:00Z"))
                        .metadata(json("{\"readingMinutes\": 5, \"source\": \"talk\"}"))
                        .categories(c -> c.connectOrCreate(Category.WhereUnique.name("computing"), Category.create("computing")))
                        .comments(c -> c.create(Comment.createWithoutPost("Lovely.",
                                Comment.author(Author.WhereUnique.email("ada@example.com"))))))));
        db.comment().create(Comment.create("A first program!",          // both required relations, or no compile
                Comment.post(Post.WhereUnique.slug("engines")), Comment.author(Author.WhereUnique.email("grace@example.com"))));
        out.println("created Grace Hopper's post with a comment by Ada, and Grace's comment on Ada's: "
                + db.post().count() + " posts, " + db.comment().count() + " comments, " + db.category().count() + " categories");

        step(out, "2. findMany: case-insensitive search, date range, include, orderBy");
        List<Post> found = db.post().findMany(q -> q
                .where(w -> w.status().eq(Status.PUBLISHED)
                        .or(o -> o.title().insensitive().contains("ENGINE"), o -> o.body().insensitive().contains("PROGRAMS")))
                .include(i -> i.author().categories().comments(c -> c.include(j -> j.author())))
                .orderBy(o -> o.publishedAt().desc()));
        for (Post p : found) {
            out.println("\"" + p.title() + "\" by " + p.author().name() + " " + names(p.categories()) + ", comments: "
                    + p.comments().stream().map(c -> c.author().name() + ": " + c.text()).toList());
        }
        out.println("published in January 2024: " + db.post().findMany(q -> q
                .where(w -> w.publishedAt().gte(Instant.parse("2024-01-01T00:00:00Z")).publishedAt().lt(Instant.parse("2024-02-01T00:00:00Z"))))
                .stream().map(Post::slug).toList());

        step(out, "3. Cursor pagination by slug, two per page");
        String cursor = null;
        for (int page = 1; ; page++) {
            String after = cursor;
            List<Post> batch = db.post().findMany(q -> {
                q.orderBy(o -> o.slug().asc()).take(2);
                if (after != null) {
                    q.cursor(Post.WhereUnique.slug(after)).skip(1);
                }
            });
            if (batch.isEmpty()) {
                break;
            }
            out.println("page " + page + ": " + batch.stream().map(Post::slug).toList());
            cursor = batch.get(batch.size() - 1).slug();
        }

        step(out, "4. Atomic increments from 4 threads sharing one client");
        int threads = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        db.post().update(Post.WhereUnique.slug("engines"), u -> u.views(increment(1)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        out.println("engines views after " + threads * each + " concurrent increments: "
                + db.post().findUniqueOrThrow(Post.WhereUnique.slug("engines")).views());

        step(out, "5. Upsert, groupBy and aggregate");
        for (int i = 1; i <= 2; i++) {
            int n = i;
            Author charles = db.author().upsert(Author.WhereUnique.email("charles@example.com"),
                    Author.create("charles@example.com", "Charles Babbage"), u -> u.name("Charles Babbage (" + n + ")"));
            out.println("upsert #" + i + ": " + charles.name());
        }
        List<AggregateResult> byStatus = db.post().groupBy(g -> g.by(Post.Fields.status)
                .count().sum(Post.Fields.views).orderByAsc(Post.Fields.status));
        out.println("posts by status: " + byStatus.stream().map(r -> r.key(Post.Fields.status) + "=" + r.count()
                + " (" + r.sum(Post.Fields.views).orElse(0) + " views)").collect(Collectors.joining(", ")));
        AggregateResult stats = db.post().aggregate(a -> a.where(w -> w.status().eq(Status.PUBLISHED))
                .count().avg(Post.Fields.views).max(Post.Fields.publishedAt));
        out.println("published: " + stats.count() + " posts, avg views "
                + String.format(java.util.Locale.ROOT, "%.1f", stats.avg(Post.Fields.views).orElse(0.0))
                + ", latest " + stats.max(Post.Fields.publishedAt).map(Instant::toString).orElse("-"));

        step(out, "6. Interactive transactions");
        Post published = db.transaction(tx -> {
            tx.comment().create(Comment.create("Published at last.",
                    Comment.post(Post.WhereUnique.slug("bernoulli")), Comment.author(Author.WhereUnique.email("ada@example.com"))));
            return tx.post().update(Post.WhereUnique.slug("bernoulli"), u -> u.status(Status.PUBLISHED)
                    .publishedAt(Instant.parse("2024-04-01T08:00:00Z")));
        });
        out.println("committed: " + published.slug() + " is " + published.status() + " with "
                + db.comment().count(w -> w.post(p -> p.is(s -> s.slug().eq("bernoulli")))) + " comment");
        try {
            db.transaction(tx -> {
                tx.post().update(Post.WhereUnique.slug("poetry"), u -> u.status(Status.ARCHIVED));
                return tx.comment().create(Comment.create("Who wrote this?",
                        Comment.post(Post.WhereUnique.slug("poetry")), Comment.author(Author.WhereUnique.email("nobody@example.com"))));
            });
        } catch (RefractException e) {
            out.println("rolled back on " + e.code() + ": poetry is still "
                    + db.post().findUniqueOrThrow(Post.WhereUnique.slug("poetry")).status());
        }

        step(out, "7. Raw SQL: jsonb and arrays");
        List<Reading> readings = db.raw().queryRaw(Sql.of("SELECT slug, (metadata->>'readingMinutes')::int AS minutes FROM {}"
                + " WHERE metadata->>'readingMinutes' IS NOT NULL ORDER BY minutes DESC", Sql.identifier("Post")), Reading.class);
        out.println("reading time: " + readings.stream().map(r -> r.slug() + "=" + r.minutes() + "min").toList());
        int bumped = db.raw().executeRaw(Sql.of("UPDATE {} SET views = views + 1 WHERE slug = ANY({})",
                Sql.identifier("Post"), List.of("poetry", "compilers")));
        out.println("executeRaw added a view to " + bumped + " posts");

        step(out, "Done.");
    }

    private static Values.Json json(String text) {
        return new Values.Json(text);
    }

    private static void step(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }

    private static List<String> names(List<Category> categories) {
        return categories.stream().map(Category::name).sorted().toList();
    }
}
