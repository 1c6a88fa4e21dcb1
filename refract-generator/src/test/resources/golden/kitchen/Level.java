package com.example.kitchen;

import dev.refract.client.SchemaEnum;
import javax.annotation.processing.Generated;

/**
 * The enum Level.
 */
@Generated("dev.refract.generator.ClientGenerator")
public enum Level implements SchemaEnum {
    LOW("LOW", "LOW"),

    HIGH("HIGH", "hi");

    private final String schemaName;

    private final String dbValue;

    Level(String schemaName, String dbValue) {
        this.schemaName = schemaName;
        this.dbValue = dbValue;
    }

    @Override
    public String schemaName() {
        return schemaName;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }
}
