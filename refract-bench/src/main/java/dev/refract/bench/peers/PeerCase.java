package dev.refract.bench.peers;

/**
 * The cases: the 14 queries of Prisma's orm-benchmarks, named as there (without the ORM's prefix).
 * {@code delete} takes a fresh customer's id ({@link Peers#victim}); the others use customer 1 or a
 * running number.
 */
public enum PeerCase {
    FIND_MANY("findMany"),
    FIND_MANY_FILTER_PAGINATE_ORDER("findMany-filter-paginate-order"),
    FIND_MANY_NESTING("findMany-1-level-nesting"),
    FIND_FIRST("findFirst"),
    FIND_FIRST_NESTING("findFirst-1-level-nesting"),
    FIND_UNIQUE("findUnique"),
    FIND_UNIQUE_NESTING("findUnique-1-level-nesting"),
    CREATE("create"),
    NESTED_CREATE("nested-create"),
    UPDATE("update"),
    NESTED_UPDATE("nested-update"),
    UPSERT("upsert"),
    NESTED_UPSERT("nested-upsert"),
    DELETE("delete"),
    DISTINCT("distinct"),
    IN_LIST_10K("in-list-10k"),
    CURSOR_PAGE_1000_ASC("cursor-page-1000-asc"),
    CURSOR_PAGE_1000_DESC("cursor-page-1000-desc"),
    TAKE_IN_INCLUDE("take-in-include"),
    CREATE_MANY_10K("createMany-10k"),
    INTERACTIVE_TRANSACTION("interactive-transaction");

    /** The ids of the in-list case: every order. */
    static final java.util.List<Integer> TEN_THOUSAND_IDS = java.util.stream.IntStream.rangeClosed(1, PeerData.ORDERS)
            .boxed().toList();

    private final String label;

    PeerCase(String label) {
        this.label = label;
    }

    /** The name in the results. */
    public String label() {
        return label;
    }

    /** The case named {@code label}. */
    public static PeerCase of(String label) {
        for (PeerCase c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no case " + label);
    }

    /** Runs this case on {@code peer}; {@code n} is a running number, or the victim's id for delete. */
    public Object run(Peer peer, int n) throws Exception {
        switch (this) {
            case FIND_MANY: return peer.findMany();
            case FIND_MANY_FILTER_PAGINATE_ORDER: return peer.findManyFilterPaginateOrder();
            case FIND_MANY_NESTING: return peer.findManyInclude();
            case FIND_FIRST: return peer.findFirst();
            case FIND_FIRST_NESTING: return peer.findFirstInclude();
            case FIND_UNIQUE: return peer.findUnique(1);
            case FIND_UNIQUE_NESTING: return peer.findUniqueInclude(1);
            case CREATE: return peer.create(n);
            case NESTED_CREATE: return peer.nestedCreate(n);
            case UPDATE: return peer.update(1, n);
            case NESTED_UPDATE: return peer.nestedUpdate(1, n);
            case UPSERT: return peer.upsert(1, n);
            case NESTED_UPSERT: return peer.nestedUpsert(1, n);
            case DELETE: return peer.delete(n);
            case DISTINCT: return peer.distinct();
            case IN_LIST_10K: return peer.inList(TEN_THOUSAND_IDS);
            case CURSOR_PAGE_1000_ASC: return peer.cursorPage(9_990, true);
            case CURSOR_PAGE_1000_DESC: return peer.cursorPage(11, false);
            case TAKE_IN_INCLUDE: return peer.takeInInclude();
            case CREATE_MANY_10K: return peer.createMany(n);
            case INTERACTIVE_TRANSACTION: return peer.interactiveTransaction(n);
            default: throw new IllegalStateException(name());
        }
    }
}
