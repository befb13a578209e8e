package org.graphinfomax.graph;

import java.util.Objects;

/**
 * A {@link Graph} built from the caller's data together with the mapping from the caller's node
 * ids to the graph's node indices.
 *
 * @param graph the graph
 * @param nodes node i of {@code graph} is {@code nodes.id(i)}
 * @param <V> the type of the caller's node identifiers
 */
public record ImportedGraph<V>(Graph graph, NodeIndex<V> nodes) {

    /** Checks that both parts are present and agree on the node count. */
    public ImportedGraph {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(nodes, "nodes");
        if (graph.numNodes() != nodes.size()) {
            throw new IllegalArgumentException("graph has " + graph.numNodes() + " nodes, index has " + nodes.size());
        }
    }
}
