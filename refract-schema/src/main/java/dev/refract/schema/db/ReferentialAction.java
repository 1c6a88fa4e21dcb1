package dev.refract.schema.db;

/** What happens to referencing rows when the referenced row is deleted or updated ({@code onDelete}, {@code onUpdate}). */
public enum ReferentialAction {
    Cascade, Restrict, NoAction, SetNull, SetDefault;

    /** The action called {@code name}, or null. */
    public static ReferentialAction parse(String name) {
        for (ReferentialAction a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** True if the action modifies the related records. */
    public boolean triggersModification() {
        return this != NoAction && this != Restrict;
    }

    public String asStr() {
        return name();
    }
}
