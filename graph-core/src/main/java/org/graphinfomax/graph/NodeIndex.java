package org.graphinfomax.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The stable mapping between a caller's own node identifiers (JGraphT vertices, CSV ids) and the
 * indices 0..n-1 that a {@link Graph} uses, so that results such as embeddings can be joined back
 * to the caller's nodes.
 *
 * @param <V> the type of the caller's node identifiers
 */
public final class NodeIndex<V> {

    private final List<V> ids;
    private final Map<V, Integer> indexOf;

    private NodeIndex(List<V> ids, Map<V, Integer> indexOf) {
        this.ids = ids;
        this.indexOf = indexOf;
    }

    /**
     * The index that numbers the given ids in order.
     *
     * @throws IllegalArgumentException naming the first id that is null or appears twice
     */
    public static <V> NodeIndex<V> of(List<V> ids) {
        Map<V, Integer> map = new HashMap<>(Math.max(16, ids.size() * 2));
        for (int i = 0; i < ids.size(); i++) {
            V id = ids.get(i);
            if (id == null) {
                throw new IllegalArgumentException("node " + i + " has a null id");
            }
            Integer previous = map.putIfAbsent(id, i);
            if (previous != null) {
                throw new IllegalArgumentException("node id '" + id + "' appears twice (nodes " + previous + " and " + i + ")");
            }
        }
        return new NodeIndex<>(List.copyOf(ids), map);
    }

    /** Number of nodes. */
    public int size() {
        return ids.size();
    }

    /** The id of node {@code index}. */
    public V id(int index) {
        return ids.get(index);
    }

    /** All ids in index order (unmodifiable). */
    public List<V> ids() {
        return ids;
    }

    /** Whether the id is known. */
    public boolean contains(V id) {
        return indexOf.containsKey(id);
    }

    /** The index of an id, if known. */
    public OptionalInt find(V id) {
        Integer i = indexOf.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * The index of an id.
     *
     * @throws NoSuchElementException if the id is unknown
     */
    public int indexOf(V id) {
        Integer i = indexOf.get(Objects.requireNonNull(id, "id"));
        if (i == null) {
            throw new NoSuchElementException("unknown node id '" + id + "'");
        }
        return i;
    }

    @Override
    public String toString() {
        return "NodeIndex[" + ids.size() + " nodes]";
    }
}
