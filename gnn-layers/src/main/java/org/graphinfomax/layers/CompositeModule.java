package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;

/**
 * A module made of children, each under a name prefix: its specs are the children's specs with
 * their prefixes and binding scopes each child to its prefix, in the order the children were added.
 */
abstract class CompositeModule implements Parameterized {

    private final List<String> prefixes = new ArrayList<>();
    private final List<Parameterized> modules = new ArrayList<>();

    /** Adds a child whose parameters are named {@code prefix + name}. */
    final void addChild(String prefix, Parameterized module) {
        prefixes.add(prefix);
        modules.add(module);
    }

    /** The children's specs with their prefixes. */
    @Override
    public final List<ParameterSpec> parameterSpecs() {
        List<ParameterSpec> specs = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            for (ParameterSpec s : modules.get(i).parameterSpecs()) {
                specs.add(s.withPrefix(prefixes.get(i)));
            }
        }
        return specs;
    }

    /** Binds every child to its scope. */
    @Override
    public final void bind(ParameterViews views) {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).bind(views.scoped(prefixes.get(i)));
        }
    }
}
