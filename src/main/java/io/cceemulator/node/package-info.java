/**
 * Nodes and node pools of a cluster: {@code GET .../clusters/{cluster_id}/nodes[/{node_id}]} and
 * {@code GET .../clusters/{cluster_id}/nodepools[/{nodepool_id}]} (with {@code showDefaultNodePool=true}).
 */
package io.cceemulator.node;
