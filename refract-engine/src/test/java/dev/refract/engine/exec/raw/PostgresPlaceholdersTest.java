package dev.refract.engine.exec.raw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.engine.exec.raw.PostgresPlaceholders.Translated;
import org.junit.jupiter.api.Test;

/** Prisma's {@code $n} placeholders to JDBC's, outside literals, quoted names, dollar quotes and comments. */
class PostgresPlaceholdersTest {
    private static Translated t(String sql) {
        return PostgresPlaceholders.translate(sql);
    }

    @Test
    void eachOccurrenceBindsItsNumbersValue() {
        Translated r = t("SELECT $2, $1, $2 + $10");
        assertThat(r.text()).isEqualTo("SELECT ?, ?, ? + ?");
        assertThat(r.order()).containsExactly(1, 0, 1, 9);
        assertThat(r.highest()).isEqualTo(10);
    }

    @Test
    void literalsAndQuotedNamesAreLeftAlone() {
        assertThat(t("SELECT '$1', 'it''s $1', \"col$1\", \"a\"\"$1\" FROM t WHERE x = $1").text())
                .isEqualTo("SELECT '$1', 'it''s $1', \"col$1\", \"a\"\"$1\" FROM t WHERE x = ?");
        assertThat(t("SELECT E'\\' $1', e'\\\\', $1").text()).isEqualTo("SELECT E'\\' $1', e'\\\\', ?");
        // Without the E, a backslash is an ordinary character (standard_conforming_strings).
        assertThat(t("SELECT '\\', $1").text()).isEqualTo("SELECT '\\', ?");
        // An identifier ending in E does not start an escape string.
        assertThat(t("SELECT TYPE'\\', $1").text()).isEqualTo("SELECT TYPE'\\', ?");
    }

    @Test
    void dollarQuotedStringsAndCommentsAreLeftAlone() {
        assertThat(t("SELECT $$ $1 ? $$, $fn$ it's $1 $fn$, $1").text())
                .isEqualTo("SELECT $$ $1 ? $$, $fn$ it's $1 $fn$, ?");
        assertThat(t("SELECT $1 -- $2 ?\n, $2 /* $3 /* nested ? */ $4 */").text())
                .isEqualTo("SELECT ? -- $2 ?\n, ? /* $3 /* nested ? */ $4 */");
        assertThat(t("SELECT $1 -- $2").highest()).isEqualTo(1);
    }

    @Test
    void aQuestionMarkOutsideLiteralsIsDoubledForPgjdbc() {
        assertThat(t("SELECT data ? 'k', data ?| $1, '?' FROM t").text())
                .isEqualTo("SELECT data ?? 'k', data ??| ?, '?' FROM t");
    }

    @Test
    void aDollarInsideAnIdentifierIsPartOfIt() {
        assertThat(t("SELECT a$1, $1").text()).isEqualTo("SELECT a$1, ?");
        assertThat(t("SELECT $0, $99999999999").text()).isEqualTo("SELECT $0, $99999999999");
    }

    @Test
    void unterminatedLiteralsRunToTheEndAndTheServerReportsThem() {
        assertThat(t("SELECT $1, '$2").text()).isEqualTo("SELECT ?, '$2");
        assertThat(t("SELECT $1, $x$ $2").text()).isEqualTo("SELECT ?, $x$ $2");
        assertThat(t("SELECT $1, /* $2").highest()).isEqualTo(1);
    }

    @Test
    void commandsAreCountedOutsideLiteralsAndComments() {
        assertThat(t("SELECT 1").commands()).isEqualTo(1);
        assertThat(t("  SELECT 1 ;  -- done\n").commands()).isEqualTo(1);
        assertThat(t("SELECT ';', \"a;b\", $$;$$ /* ; */").commands()).isEqualTo(1);
        assertThat(t("UPDATE t SET a = 1; DROP TABLE t").commands()).isEqualTo(2);
        assertThat(t("SELECT 1;;SELECT 2;").commands()).isEqualTo(2);
        assertThat(t("").commands()).isZero();
    }
}
