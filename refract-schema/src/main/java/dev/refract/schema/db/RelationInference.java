package dev.refract.schema.db;

/** Fourth pass: pairs relation fields into relations and decides each relation's kind. */
final class RelationInference {
    private RelationInference() {
    }

    static void infer(ParserDatabase db) {
    }
}
