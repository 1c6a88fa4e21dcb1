package dev.refract.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} annotation every generated type carries (no date: output is deterministic). */
final class Generated {
    static final ClassName TYPE = ClassName.get("javax.annotation.processing", "Generated");

    private Generated() {
    }

    static AnnotationSpec spec() {
        return AnnotationSpec.builder(TYPE).addMember("value", "$S", ClientGenerator.class.getName()).build();
    }
}
