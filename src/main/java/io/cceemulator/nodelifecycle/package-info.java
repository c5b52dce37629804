/**
 * The node lifecycle around migration: {@code CreateNode}, {@code DeleteNode}, {@code UpdateNode},
 * {@code RemoveNode}, {@code AddNode}, {@code ResetNode}, {@code AddNodesToNodePool} and {@code MigrateToNodePool}
 * under {@code .../clusters/{cluster_id}/}, with what every node operation shares: the lock a job holds on its
 * nodes, the reinstall rules and the job trees clients walk.
 */
package io.cceemulator.nodelifecycle;
