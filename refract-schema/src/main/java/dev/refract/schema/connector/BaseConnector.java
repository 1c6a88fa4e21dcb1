package dev.refract.schema.connector;

import dev.refract.model.ReferentialAction;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The table-driven part shared by the built-in connectors: names, sets and native type tables. */
abstract class BaseConnector implements Connector {
    private final String provider;
    private final String name;
    private final Set<Capability> capabilities;
    private final int maxIdentifierLength;
    private final Set<ReferentialAction> foreignKeyActions;
    private final List<NativeTypeConstructor> constructors;
    private final Map<String, NativeType> defaults;

    BaseConnector(String provider, String name, Set<Capability> capabilities, int maxIdentifierLength,
                  Set<ReferentialAction> foreignKeyActions, List<NativeTypeConstructor> constructors,
                  Map<String, NativeType> defaults) {
        this.provider = provider;
        this.name = name;
        this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        this.maxIdentifierLength = maxIdentifierLength;
        this.foreignKeyActions = foreignKeyActions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(foreignKeyActions));
        this.constructors = List.copyOf(constructors);
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    }

    static Set<Capability> caps(Capability... capabilities) {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        set.addAll(List.of(capabilities));
        return set;
    }

    static Set<ReferentialAction> actions(ReferentialAction... actions) {
        EnumSet<ReferentialAction> set = EnumSet.noneOf(ReferentialAction.class);
        set.addAll(List.of(actions));
        return Collections.unmodifiableSet(set);
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public int maxIdentifierLength() {
        return maxIdentifierLength;
    }

    @Override
    public Set<ReferentialAction> foreignKeyReferentialActions() {
        return foreignKeyActions;
    }

    @Override
    public List<NativeTypeConstructor> nativeTypeConstructors() {
        return constructors;
    }

    @Override
    public Optional<NativeType> defaultNativeType(String scalarType) {
        return Optional.ofNullable(defaults.get(scalarType));
    }

    @Override
    public String toString() {
        return name + " connector";
    }
}
