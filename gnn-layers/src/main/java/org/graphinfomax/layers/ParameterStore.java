package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Holds every parameter of a model in ONE flat value vector and ONE flat gradient vector (both
 * row vectors of shape 1 x {@link #size()}, allocated outside any workspace), so that one ND4J
 * updater steps the whole model at once ({@link Optimizer}). Non-trainable buffers (batch norm's
 * running statistics) live in a third flat vector without gradient.
 *
 * <p>Modules are added under a name; a parameter's full name is {@code moduleName + "." +
 * specName} (or just the spec name for a module added with an empty name). Building the store
 * binds every module to its views and initialises the values from a seed, deterministically.
 * The data type of the store (FLOAT for training, DOUBLE for gradient checks) decides the type of
 * every computation of the bound modules.
 */
public final class ParameterStore {

    private final DataType dataType;
    private final List<ParameterSpec> specs;
    private final Map<String, Parameter> byName;
    private final INDArray params;
    private final INDArray gradients;
    private final INDArray buffers;

    private ParameterStore(DataType dataType, List<ParameterSpec> specs, long seed, List<Binding> bindings) {
        this.dataType = dataType;
        this.specs = List.copyOf(specs);
        long trainable = 0;
        long buffered = 0;
        for (ParameterSpec s : specs) {
            if (s.trainable()) {
                trainable += s.length();
            } else {
                buffered += s.length();
            }
        }
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            params = Nd4j.zeros(dataType, 1, trainable);
            gradients = Nd4j.zeros(dataType, 1, trainable);
            buffers = Nd4j.zeros(dataType, 1, buffered);
            Map<String, Parameter> map = new LinkedHashMap<>();
            long paramOffset = 0;
            long bufferOffset = 0;
            for (ParameterSpec s : specs) {
                if (map.containsKey(s.name())) {
                    throw new IllegalArgumentException("two parameters are named '" + s.name() + "'");
                }
                long len = s.length();
                Parameter p;
                if (s.trainable()) {
                    p = new Parameter(s.name(), view(params, paramOffset, s), view(gradients, paramOffset, s));
                    paramOffset += len;
                } else {
                    p = new Parameter(s.name(), view(buffers, bufferOffset, s), null);
                    bufferOffset += len;
                }
                map.put(s.name(), p);
            }
            this.byName = Collections.unmodifiableMap(map);
            initialize(seed);
        }
        for (Binding b : bindings) {
            b.module.bind(new ParameterViews(byName, b.prefix, dataType));
        }
    }

    private static INDArray view(INDArray flat, long offset, ParameterSpec spec) {
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + spec.length()))
                .reshape('c', spec.shape());
    }

    /** A builder for a store of the given data type (FLOAT or DOUBLE). */
    public static Builder builder(DataType dataType) {
        return new Builder(dataType);
    }

    /** A store for a single module whose parameter names are used unprefixed. */
    public static ParameterStore of(DataType dataType, long seed, Parameterized module) {
        return builder(dataType).add("", module).build(seed);
    }

    /**
     * Re-initialises every parameter and buffer from {@code seed} as at construction; gradients are
     * zeroed.
     */
    public void initialize(long seed) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            Random rng = SeededRandom.of(seed);
            for (ParameterSpec s : specs) {
                INDArray fresh = Nd4j.create(dataType, s.shape());
                s.initializer().initialize(fresh, rng);
                byName.get(s.name()).value().assign(fresh);
            }
            gradients.assign(0);
        }
    }

    /** The data type of every parameter. */
    public DataType dataType() {
        return dataType;
    }

    /** Number of trainable scalars. */
    public long size() {
        return params.length();
    }

    /** Number of buffer scalars. */
    public long bufferSize() {
        return buffers.length();
    }

    /** The flat trainable values (1 x size); the modules' views point into it. */
    public INDArray params() {
        return params;
    }

    /** The flat gradients (1 x size), aligned with {@link #params()}. */
    public INDArray gradients() {
        return gradients;
    }

    /** The flat buffer values (1 x bufferSize). */
    public INDArray buffers() {
        return buffers;
    }

    /** Sets every gradient to zero (before a new accumulation). */
    public void zeroGradients() {
        gradients.assign(0);
    }

    /** All specs with full names, trainable and buffers, in layout order. */
    public List<ParameterSpec> specs() {
        return specs;
    }

    /** Full names of all parameters and buffers in layout order. */
    public List<String> names() {
        return specs.stream().map(ParameterSpec::name).toList();
    }

    /**
     * The parameter with the given full name.
     *
     * @throws IllegalArgumentException naming the unknown parameter and the known ones
     */
    public Parameter parameter(String fullName) {
        Parameter p = byName.get(fullName);
        if (p == null) {
            throw new IllegalArgumentException("no parameter '" + fullName + "'; the store has " + names());
        }
        return p;
    }

    /** The value view of a parameter or buffer. */
    public INDArray value(String fullName) {
        return parameter(fullName).value();
    }

    /** The gradient view of a trainable parameter. */
    public INDArray gradient(String fullName) {
        return parameter(fullName).requireGradient();
    }

    /** A copy of the current values and buffers (outside any workspace), e.g. of the best epoch. */
    public ParameterSnapshot snapshot() {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new ParameterSnapshot(params.dup(), buffers.dup());
        }
    }

    /**
     * Puts the values of a snapshot back.
     *
     * @throws IllegalArgumentException if the snapshot is of a store with another layout
     */
    public void restore(ParameterSnapshot snapshot) {
        requireSameLength(snapshot.params().length(), snapshot.buffers().length(), "snapshot");
        params.assign(snapshot.params().reshape(params.shape()).castTo(dataType));
        buffers.assign(snapshot.buffers().reshape(buffers.shape()).castTo(dataType));
    }

    /**
     * Copies the values and buffers of another store with the same layout (the data types may differ).
     *
     * @throws IllegalArgumentException if the layouts differ
     */
    public void copyParamsFrom(ParameterStore other) {
        if (!sameLayout(other)) {
            throw new IllegalArgumentException("cannot copy parameters between stores of different layouts: "
                    + other.names() + " vs " + names());
        }
        params.assign(other.params.castTo(dataType));
        buffers.assign(other.buffers.castTo(dataType));
    }

    private boolean sameLayout(ParameterStore other) {
        if (other.specs.size() != specs.size()) {
            return false;
        }
        for (int i = 0; i < specs.size(); i++) {
            ParameterSpec a = specs.get(i);
            ParameterSpec b = other.specs.get(i);
            if (!a.name().equals(b.name()) || a.trainable() != b.trainable() || a.length() != b.length()) {
                return false;
            }
        }
        return true;
    }

    private void requireSameLength(long paramLength, long bufferLength, String what) {
        if (paramLength != size() || bufferLength != bufferSize()) {
            throw new IllegalArgumentException(what + " has " + paramLength + " parameters and " + bufferLength
                    + " buffer values, the store " + size() + " and " + bufferSize());
        }
    }

    @Override
    public String toString() {
        return "ParameterStore[" + specs.size() + " arrays, " + size() + " parameters, " + bufferSize()
                + " buffer values, " + dataType + "]";
    }

    private record Binding(String prefix, Parameterized module) {
    }

    /** Collects the modules of a store. */
    public static final class Builder {
        private final DataType dataType;
        private final List<Binding> bindings = new ArrayList<>();
        private final List<ParameterSpec> specs = new ArrayList<>();

        private Builder(DataType dataType) {
            Objects.requireNonNull(dataType, "dataType");
            if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
                throw new IllegalArgumentException("parameters must be FLOAT or DOUBLE, not " + dataType);
            }
            this.dataType = dataType;
        }

        /**
         * Adds a module whose parameters are named {@code name + "." + specName} (or the spec name
         * alone if {@code name} is empty).
         */
        public Builder add(String name, Parameterized module) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(module, "module");
            String prefix = name.isEmpty() ? "" : name + ".";
            for (Binding b : bindings) {
                if (b.module == module) {
                    throw new IllegalArgumentException("module '" + name + "' was already added as '" + b.prefix + "'");
                }
            }
            bindings.add(new Binding(prefix, module));
            for (ParameterSpec s : module.parameterSpecs()) {
                specs.add(s.withPrefix(prefix));
            }
            return this;
        }

        /** Allocates the vectors, initialises them from {@code seed} and binds every module. */
        public ParameterStore build(long seed) {
            return new ParameterStore(dataType, specs, seed, bindings);
        }
    }
}
