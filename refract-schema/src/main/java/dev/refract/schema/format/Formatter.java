package dev.refract.schema.format;

import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.db.ParserDatabase;
import dev.refract.schema.diagnostics.Diagnostics;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.parser.AstBuilder;
import dev.refract.schema.parser.PslParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats Prisma schemas exactly as {@code prisma format} does: columns of fields, types,
 * attributes and trailing comments aligned from blank line to blank line, {@code key = value}
 * aligned in configuration blocks, attributes in canonical order, block attributes last,
 * comments kept and re-indented, blank lines collapsed to one. Like Prisma, it also completes
 * relations of a valid schema: missing back relation fields, forward relation fields, foreign
 * key fields and {@code @relation} arguments are added.
 *
 * <p>No user text is ever lost: lines the parser could not understand are written verbatim.
 * The output ends with a newline and formatting it again changes nothing.
 */
public final class Formatter {
    /** Indentation Prisma uses. */
    public static final int DEFAULT_INDENT = 2;

    private Formatter() {
    }

    /** Formats one schema file with an indentation of two spaces. */
    public static String format(String text) {
        return format(text, DEFAULT_INDENT);
    }

    /** Formats one schema file with the given indentation width. */
    public static String format(String text, int indentWidth) {
        return format(List.of(new SourceFile("schema.prisma", text)), indentWidth).get(0);
    }

    /** Formats a schema made of several files: the formatted text of each, in the order given. */
    public static List<String> format(List<SourceFile> files) {
        return format(files, DEFAULT_INDENT);
    }

    /**
     * Formats a schema made of several files with the given indentation width.
     *
     * <p>When the schema resolves without errors, relations are completed first, across files
     * ({@link RelationCompletion}); otherwise each file is only laid out.
     */
    public static List<String> format(List<SourceFile> files, int indentWidth) {
        List<String> sources = files.stream().map(SourceFile::text).toList();
        List<RelationCompletion.Insertion> insertions = completions(sources);
        List<String> result = new ArrayList<>(files.size());
        for (int i = 0; i < sources.size(); i++) {
            result.add(SchemaPrinter.print(RelationCompletion.apply(sources.get(i), i, insertions), indentWidth));
        }
        return result;
    }

    private static List<RelationCompletion.Insertion> completions(List<String> sources) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaAst> asts = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            asts.add(AstBuilder.build(PslParser.parse(sources.get(i)), i, diagnostics));
        }
        ParserDatabase db = ParserDatabase.build(asts, diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        try {
            return RelationCompletion.collect(db, sources);
        } catch (RuntimeException e) {
            // Completing relations is a convenience; laying out the schema must still work.
            return List.of();
        }
    }
}
