/**
 * The node lifecycle around migration: {@code CreateNode}, {@code DeleteNode}, {@code UpdateNode},
 * {@code RemoveNode}, {@code AddNode}, {@code ResetNode}, {@code AddNodesToNodePool} and {@code MigrateToNodePool},
 * and the node pool lifecycle ({@code CreateNodePool}, {@code UpdateNodePool}, {@code ScaleNodePool},
 * {@code DeleteNodePool}) under {@code .../clusters/{cluster_id}/}, with what every node operation shares: the lock a
 * job holds on its nodes, the reinstall rules and the job trees clients walk.
 */
package io.cceemulator.nodelifecycle;
