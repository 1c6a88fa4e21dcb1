package dev.refract.bench.write;

import dev.refract.bench.BenchModels;
import dev.refract.bench.BenchTables;
import dev.refract.bench.SingleConnectionDataSource;
import dev.refract.bench.write.JdbcWrites.NewPost;
import dev.refract.bench.write.JdbcWrites.NewUser;
import dev.refract.engine.QueryEngine;
import dev.refract.engine.ir.CreateManyQuery;
import dev.refract.engine.ir.CreateQuery;
import dev.refract.engine.ir.FieldWrite;
import dev.refract.engine.ir.NestedWrite;
import dev.refract.engine.ir.Selection;
import dev.refract.engine.ir.WriteData;
import dev.refract.model.Model;
import dev.refract.model.RelationField;
import dev.refract.model.ScalarField;
import dev.refract.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One database connection shared by Refract and the JDBC baseline, the engine on it, and the
 * IR builders: what the typed client would make of the same input records. The connection stays
 * in auto-commit, so each side opens its own transaction where a write needs one.
 */
@State(Scope.Thread)
public class WriteSession {
    static final int MANY = 10_000;

    @Param({"postgresql", "sqlite"})
    public String database;

    /**
     * {@code relaxed}: commits do not wait for the disk (PostgreSQL {@code synchronous_commit=off};
     * SQLite WAL with {@code synchronous=NORMAL}), so that what is compared is the work of the two
     * sides rather than an fsync of several milliseconds per commit; {@code durable}: the
     * databases' defaults.
     */
    @Param({"relaxed"})
    public String commits;

    boolean sqlite;
    Connection connection;
    QueryEngine engine;
    JdbcWrites jdbc;
    List<NewUser> bulk;
    List<NewPost> threePosts;

    private Path sqliteFile;
    private Model user;
    private Model post;
    private RelationField posts;
    private Selection userScalars;
    private ScalarField email;
    private ScalarField name;
    private ScalarField age;
    private ScalarField title;
    private ScalarField views;
    private ScalarField published;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        sqlite = database.equals("sqlite");
        String url;
        if (sqlite) {
            sqliteFile = Files.createTempFile("refract-bench-writes-", ".db");
            url = "jdbc:sqlite:" + sqliteFile;
            WriteFixture.prepareSqlite(url);
        } else {
            WriteFixture.preparePostgres();
            url = WriteFixture.postgresUrl();
        }
        connection = DriverManager.getConnection(url);
        if (commits.equals("relaxed")) {
            relaxCommits();
        } else if (!commits.equals("durable")) {
            throw new IllegalArgumentException("commits is relaxed or durable, not " + commits);
        }
        SchemaModel schema = BenchModels.read(database);
        engine = QueryEngine.builder(schema, new SingleConnectionDataSource(connection)).build();
        jdbc = new JdbcWrites(sqlite);

        user = schema.requireModel("User");
        post = schema.requireModel("Post");
        posts = user.relationField("posts").orElseThrow();
        userScalars = BenchModels.scalars(user);
        email = user.scalarField("email").orElseThrow();
        name = user.scalarField("name").orElseThrow();
        age = user.scalarField("age").orElseThrow();
        title = post.scalarField("title").orElseThrow();
        views = post.scalarField("views").orElseThrow();
        published = post.scalarField("published").orElseThrow();
        bulk = WriteBenchmark.bulkUsers(MANY);
        threePosts = WriteBenchmark.threePosts();
    }

    private void relaxCommits() throws Exception {
        try (Statement s = connection.createStatement()) {
            if (sqlite) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            } else {
                s.execute("SET synchronous_commit = off");
            }
        }
    }

    /** Keeps the tables from growing over the trial; the emails stay unique within an iteration. */
    @Setup(Level.Iteration)
    public void emptyTables() throws Exception {
        BenchTables.empty(connection, sqlite);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
        if (sqliteFile != null) {
            Files.deleteIfExists(sqliteFile);
        }
    }

    NewUser nextUser() {
        next++;
        return new NewUser("writer" + next + "@example.com", "writer " + next, 18 + next % 60);
    }

    /** {@code user.create({data: {...}})}, returning the user's scalars. */
    CreateQuery create(NewUser input) {
        return new CreateQuery(user, userData(input), userScalars);
    }

    /** {@code user.create({data: {..., posts: {create: [...]}}})}, returning the user's scalars. */
    CreateQuery createWithPosts(NewUser input, List<NewPost> children) {
        List<WriteData> postData = new ArrayList<>(children.size());
        for (NewPost child : children) {
            postData.add(WriteData.of(List.of(
                    FieldWrite.set(title, child.title()),
                    FieldWrite.set(views, child.views()),
                    FieldWrite.set(published, child.published()))));
        }
        WriteData data = new WriteData(userData(input).scalars(), List.of(new NestedWrite.Create(posts, postData)));
        return new CreateQuery(user, data, userScalars);
    }

    /** {@code user.createMany({data: [...]})}, returning the count. */
    CreateManyQuery createMany(List<NewUser> inputs) {
        List<WriteData> rows = new ArrayList<>(inputs.size());
        for (NewUser input : inputs) {
            rows.add(userData(input));
        }
        return new CreateManyQuery(user, rows, false, null);
    }

    private WriteData userData(NewUser input) {
        return WriteData.of(List.of(
                FieldWrite.set(email, input.email()),
                FieldWrite.set(name, input.name()),
                FieldWrite.set(age, input.age())));
    }
}
