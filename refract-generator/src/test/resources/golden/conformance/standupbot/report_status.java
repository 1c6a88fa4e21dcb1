package conformance.standupbot;

import dev.refract.client.SchemaEnum;
import javax.annotation.processing.Generated;

/**
 * The enum report_status.
 */
@Generated("dev.refract.generator.ClientGenerator")
public enum report_status implements SchemaEnum {
    ASKED("ASKED", "ASKED"),

    SKIP("SKIP", "SKIP"),

    COMPLETE("COMPLETE", "COMPLETE"),

    PENDING("PENDING", "PENDING");

    private final String schemaName;

    private final String dbValue;

    report_status(String schemaName, String dbValue) {
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
