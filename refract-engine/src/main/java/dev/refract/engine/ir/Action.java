package dev.refract.engine.ir;

/**
 * What a query does, spelled as Prisma's JSON protocol spells it in {@code action}.
 * Reads come first; the write actions are listed so that a reader can name them in errors.
 */
public enum Action {
    FIND_UNIQUE("findUnique"),
    FIND_UNIQUE_OR_THROW("findUniqueOrThrow"),
    FIND_FIRST("findFirst"),
    FIND_FIRST_OR_THROW("findFirstOrThrow"),
    FIND_MANY("findMany"),
    AGGREGATE("aggregate"),
    GROUP_BY("groupBy"),
    CREATE_ONE("createOne"),
    CREATE_MANY("createMany"),
    CREATE_MANY_AND_RETURN("createManyAndReturn"),
    UPDATE_ONE("updateOne"),
    UPDATE_MANY("updateMany"),
    UPDATE_MANY_AND_RETURN("updateManyAndReturn"),
    UPSERT_ONE("upsertOne"),
    DELETE_ONE("deleteOne"),
    DELETE_MANY("deleteMany"),
    EXECUTE_RAW("executeRaw"),
    QUERY_RAW("queryRaw");

    private final String protocolName;

    Action(String protocolName) {
        this.protocolName = protocolName;
    }

    /** The name in the JSON protocol's {@code action}. */
    public String protocolName() {
        return protocolName;
    }

    /** The action named {@code name} in the JSON protocol, or null. */
    public static Action fromProtocolName(String name) {
        for (Action a : values()) {
            if (a.protocolName.equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** True for the actions that return at most one record. */
    public boolean returnsOne() {
        return switch (this) {
            case FIND_UNIQUE, FIND_UNIQUE_OR_THROW, FIND_FIRST, FIND_FIRST_OR_THROW -> true;
            default -> false;
        };
    }

    /** True for the actions that change data (raw SQL excluded: it may do anything). */
    public boolean isWrite() {
        return ordinal() >= CREATE_ONE.ordinal() && ordinal() <= DELETE_MANY.ordinal();
    }

    /** True for findUniqueOrThrow and findFirstOrThrow, which raise P2025 instead of returning null. */
    public boolean throwsWhenEmpty() {
        return this == FIND_UNIQUE_OR_THROW || this == FIND_FIRST_OR_THROW;
    }

    /**
     * Prisma's name of the operation in error paths: {@code findManyUser}; the AndReturn variants
     * put the model in the middle ({@code createManyUserAndReturn}); raw SQL has no model.
     */
    public String operationName(String modelName) {
        switch (this) {
            case CREATE_MANY_AND_RETURN:
                return "createMany" + modelName + "AndReturn";
            case UPDATE_MANY_AND_RETURN:
                return "updateMany" + modelName + "AndReturn";
            case EXECUTE_RAW:
            case QUERY_RAW:
                return protocolName;
            default:
                return protocolName + modelName;
        }
    }
}
