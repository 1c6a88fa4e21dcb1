package com.example.json;

import dev.refract.engine.ir.Values.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Json filters through the generated API, on the whole value and at paths; one line per step. */
public final class JsonScenario implements Function<String, List<String>> {
    @Override
    public List<String> apply(String url) {
        List<String> out = new ArrayList<>();
        try (Refract db = Refract.connect(url)) {
            db.doc().create(Doc.create().meta(new Json("{\"a\":{\"b\":\"hello world\"},\"n\":5,\"list\":[1,2,3]}")));
            db.doc().create(Doc.create().meta(new Json("{\"a\":{\"b\":\"bye\"},\"n\":2,\"list\":[3,4]}")));
            db.doc().create(Doc.create());
            out.add("string_contains " + db.doc().count(w -> w.meta().path("a", "b").stringContains("world")));
            out.add("string_starts_with " + db.doc().count(w -> w.meta().path("a", "b").stringStartsWith("by")));
            out.add("gt " + db.doc().count(w -> w.meta().path("n").gt(new Json("3"))));
            out.add("lte " + db.doc().count(w -> w.meta().path("n").lte(new Json("5"))));
            out.add("path equals " + db.doc().count(w -> w.meta().path("a", "b").eq(new Json("\"bye\""))));
            out.add("index " + db.doc().count(w -> w.meta().path("list", "0").eq(new Json("1"))));
            out.add("array_starts_with " + db.doc().count(w -> w.meta().path("list").arrayStartsWith(new Json("3"))));
            out.add("array_ends_with " + db.doc().count(w -> w.meta().path("list").arrayEndsWith(new Json("3"))));
            out.add("equals " + db.doc().count(w -> w.meta().eq(new Json("{\"a\":{\"b\":\"bye\"},\"n\":2,\"list\":[3,4]}"))));
            out.add("not " + db.doc().count(w -> w.meta().path("n").not(new Json("5"))));
            out.add("db null " + db.doc().count(w -> w.meta().isNull()));
            if (!url.startsWith("file:")) {
                out.add("array_contains " + db.doc().count(w -> w.meta().path("list").arrayContains(new Json("[3]"))));
            }
        }
        return out;
    }
}
