package org.graphinfomax.layers;

import java.util.List;

/**
 * A module with parameters held by a {@link ParameterStore}. The module declares what it needs
 * ({@link #parameterSpecs()}); the store allocates one flat value vector and one flat gradient
 * vector for all modules and hands each module views into them ({@link #bind(ParameterViews)}).
 * Composite modules list their children's specs under name prefixes and bind their children with
 * {@link ParameterViews#scoped(String)}. A module without parameters keeps the defaults.
 */
public interface Parameterized {

    /** The parameters this module needs, in a fixed order; names are unique within the module. */
    default List<ParameterSpec> parameterSpecs() {
        return List.of();
    }

    /**
     * Receives the value (and, for trainable parameters, gradient) view of every spec. Binding again,
     * to another store, replaces the previous views.
     *
     * @param views views named as in {@link #parameterSpecs()}
     */
    default void bind(ParameterViews views) {
    }
}
