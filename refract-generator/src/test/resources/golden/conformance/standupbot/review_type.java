package conformance.standupbot;

import dev.refract.client.SchemaEnum;
import javax.annotation.processing.Generated;

/**
 * The enum review_type.
 */
@Generated("dev.refract.generator.ClientGenerator")
public enum review_type implements SchemaEnum {
    REFERRED_BY("REFERRED_BY", "REFERRED_BY"),

    COMMENT("COMMENT", "COMMENT"),

    EXIT_FEEDBACK("EXIT_FEEDBACK", "EXIT_FEEDBACK");

    private final String schemaName;

    private final String dbValue;

    review_type(String schemaName, String dbValue) {
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
