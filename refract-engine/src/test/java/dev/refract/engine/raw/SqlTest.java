package dev.refract.engine.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.engine.sql.Dialect;
import dev.refract.engine.sql.Dialects;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.SchemaModels;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The safe raw SQL template: values bound, names quoted, composition, rendering. */
class SqlTest {
    private static Dialect dialect(String provider) {
        return Dialects.forSchema(SchemaModels.from(PrismaSchema.validate("datasource db {\n  provider = \"" + provider
                + "\"\n  url = \"file:x.db\"\n}\n")).orElseThrow());
    }

    private static final Dialect PG = dialect("postgresql");
    private static final Dialect SQLITE = dialect("sqlite");

    @Test
    void templateValuesBecomePlaceholders() {
        Sql q = Sql.of("SELECT * FROM {} WHERE email = {} AND age > {}", Sql.identifier("User"), "a'b", 18);
        assertThat(q.render(PG)).isEqualTo(new Sql.Rendered("SELECT * FROM \"User\" WHERE email = $1 AND age > $2",
                List.of("a'b", 18)));
        assertThat(q.render(SQLITE).text()).isEqualTo("SELECT * FROM \"User\" WHERE email = ? AND age > ?");
        assertThat(q.values()).containsExactly("a'b", 18);
    }

    @Test
    void theBuilderComposes() {
        Sql where = Sql.join(List.of(Sql.of("role = {}", "ADMIN"), Sql.empty(), Sql.of("id > {}", 3)), " AND ");
        Sql q = Sql.of("SELECT id FROM ").append(Sql.identifier("public", "User")).append(" WHERE ").append(where)
                .append(" AND id IN (").append(Sql.list(List.of(1, 2))).append(") LIMIT ").value(10);
        assertThat(q.render(PG).text()).isEqualTo(
                "SELECT id FROM \"public\".\"User\" WHERE role = $1 AND id > $2 AND id IN ($3, $4) LIMIT $5");
        assertThat(q.values()).containsExactly("ADMIN", 3, 1, 2, 10);
        assertThat(Sql.join(List.of(Sql.empty()), ", ").isEmpty()).isTrue();
        assertThat(Sql.empty().append(Sql.of("x"))).isEqualTo(Sql.of("x"));
    }

    @Test
    void fragmentsAreImmutableAndReusable() {
        Sql base = Sql.of("SELECT 1");
        Sql a = base.append(" WHERE x = ").value(1);
        Sql b = base.append(" WHERE y = ").value(2);
        assertThat(base.render(PG).text()).isEqualTo("SELECT 1");
        assertThat(a.render(PG).text()).isEqualTo("SELECT 1 WHERE x = $1");
        assertThat(b.values()).containsExactly(2);
        Sql twice = Sql.of("{} UNION {}", a, a);
        assertThat(twice.render(PG).text()).isEqualTo("SELECT 1 WHERE x = $1 UNION SELECT 1 WHERE x = $2");
    }

    @Test
    void textNeverTakesAValue() {
        Sql q = Sql.of("SELECT {}", "'; DROP TABLE x; --");
        assertThat(q.render(PG).text()).isEqualTo("SELECT $1");
        assertThat(q.toString()).isEqualTo("SELECT ? ['; DROP TABLE x; --]");
        assertThat(Sql.of("SELECT '{{}}'::int[]").render(PG).text()).isEqualTo("SELECT '{}'::int[]");
        assertThat(Sql.of("a").append("{}").render(PG).text()).isEqualTo("a{}");
    }

    @Test
    void identifiersAreQuotedWithQuotesDoubled() {
        assertThat(Sql.identifier("a\"b; DROP").render(PG).text()).isEqualTo("\"a\"\"b; DROP\"");
        assertThat(Sql.identifier("s", "t").toString()).isEqualTo("\"s\".\"t\" []");
        assertThatThrownBy(() -> Sql.identifier("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(Sql::identifier).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTemplateNeedsOneValuePerPlaceholder() {
        assertThatThrownBy(() -> Sql.of("{} {}", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{}}");
        assertThatThrownBy(() -> Sql.of("{}", 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sql.list(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sql.of("x = {}", (Object) null).values()).containsExactly((Object) null);
    }

    enum Role { ADMIN }

    @Test
    void valuesTakeTheEnginesTypes() {
        UUID id = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        Instant at = Instant.parse("2024-01-02T03:04:05Z");
        Sql q = Sql.of("{} {} {} {} {} {}", id, Role.ADMIN, OffsetDateTime.parse("2024-01-02T05:04:05+02:00"),
                (short) 3, 0.1f, List.of(1, 2));
        assertThat(q.values()).containsExactly(id.toString(), "ADMIN", at, 3, 0.1, List.of(1, 2));
    }

    @Test
    void onPostgresqlTheTextCannotHoldPlaceholdersOfItsOwn() {
        assertThatThrownBy(() -> Sql.of("SELECT $1, {}", 1).render(PG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$n placeholder");
        assertThatThrownBy(() -> Sql.of("SELECT '{}'", 1).render(PG)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sql.of("SELECT '$1', \"$2\", {} -- $3", 1).render(PG).text())
                .isEqualTo("SELECT '$1', \"$2\", $1 -- $3");
    }

    @Test
    void equalStatementsAreEqualWithTheSameHash() {
        Sql a = Sql.of("SELECT {} FROM {}", new byte[] {1, 2}, Sql.identifier("t"));
        Sql b = Sql.of("SELECT {} FROM {}", new byte[] {1, 2}, Sql.identifier("t"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Sql.of("SELECT {} FROM {}", new byte[] {1, 3}, Sql.identifier("t")));
        assertThat(Sql.of("x")).isNotEqualTo(Sql.identifier("x"));
    }
}
