package dev.refract.engine.sql;

import dev.refract.engine.error.RefractException;

/** A query asks for something the database's dialect cannot do (full-text search on SQLite...). */
public class UnsupportedFeatureException extends RefractException {
    public UnsupportedFeatureException(String dialect, String feature) {
        super("P2026", "The current database provider doesn't support a feature that the query used: " + feature
                + " (" + dialect + ")");
    }
}
