package org.graphinfomax.layers;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The views a {@link Parameterized} module receives when it is bound to a {@link ParameterStore},
 * looked up by the names of the module's own {@link ParameterSpec}s. A composite module gives each
 * child {@link #scoped(String) a scope} under the prefix it used for the child's specs.
 */
public final class ParameterViews {

    private final Map<String, Parameter> byFullName;
    private final String prefix;
    private final DataType dataType;

    ParameterViews(Map<String, Parameter> byFullName, String prefix, DataType dataType) {
        this.byFullName = byFullName;
        this.prefix = prefix;
        this.dataType = dataType;
    }

    /** The data type of the store, which every computation of the module uses. */
    public DataType dataType() {
        return dataType;
    }

    /**
     * The parameter named {@code name} within this scope.
     *
     * @throws IllegalArgumentException if the store has no such parameter (the module's specs and
     *     its bind method disagree)
     */
    public Parameter get(String name) {
        Parameter p = byFullName.get(prefix + name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter '" + prefix + name + "' in the store; "
                    + "was the module's spec list changed after the store was built?");
        }
        return p;
    }

    /** The views of a child module whose specs were listed under {@code childPrefix}. */
    public ParameterViews scoped(String childPrefix) {
        Objects.requireNonNull(childPrefix, "childPrefix");
        return new ParameterViews(byFullName, prefix + childPrefix, dataType);
    }

    /** The prefix of this scope (empty at the top of a module). */
    public String prefix() {
        return prefix;
    }
}
