package io.cceemulator.nodelifecycle;

/**
 * The rules of the node operations, by the names the journal records for a refusal. Each operation checks its own
 * subset in the order docs/node-lifecycle.md lists (after the request's own validation); the first one violated
 * answers.
 */
enum NodeRule {

	CLUSTER_EXISTS, CLUSTER_AVAILABLE, POOL_EXISTS, POOL_IS_CUSTOM, NODES_IN_CLUSTER, NODES_UNLOCKED, SERVERS_EXIST,
	SERVERS_UNLOCKED, SERVERS_FREE, SERVERS_RUNNING, SERVERS_IN_CLUSTER_VPC, SERVERS_BIG_ENOUGH, SERVERS_HAVE_DATA_DISK,
	SERVERS_MATCH_POOL, NODES_IN_DEFAULT_POOL, NODES_ACTIVE, NODES_MATCH_POOL, NAMES_FREE, CLUSTER_HAS_ROOM, POOL_NAME_FREE,
	POOL_NOT_DELETING

}
