package com.example.kitchen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Scalar-list filters (PostgreSQL) through the generated API; one line per step. */
public final class ListScenario implements Function<String, List<String>> {
    @Override
    public List<String> apply(String url) {
        List<String> out = new ArrayList<>();
        try (Db db = Db.connect(url)) {
            db.account().create(Account.create("t", 1, "gold").tags(List.of("a", "b")).levels(List.of(Level.LOW, Level.HIGH)));
            db.account().create(Account.create("t", 2, "gold").tags(List.of("b", "c")).levels(List.of(Level.HIGH)));
            db.account().create(Account.create("t", 3, "plain").tags(List.of()).levels(List.of()));
            out.add("has " + db.account().count(w -> w.tags().has("b")));
            out.add("hasEvery " + db.account().count(w -> w.tags().hasEvery(List.of("a", "b"))));
            out.add("hasSome " + db.account().count(w -> w.tags().hasSome(List.of("c", "z"))));
            out.add("isEmpty " + db.account().count(w -> w.tags().isEmpty()) + " " + db.account().count(w -> w.tags().isNotEmpty()));
            out.add("equals " + db.account().count(w -> w.tags().eq(List.of("b", "c"))));
            out.add("enum has " + db.account().count(w -> w.levels().has(Level.HIGH))
                    + " " + db.account().count(w -> w.levels().hasEvery(List.of(Level.LOW, Level.HIGH))));
        }
        return out;
    }
}
