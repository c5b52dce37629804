package io.cceemulator.migration;

/**
 * The constraints of a migration, in the order the emulator checks them (after the request's own validation). The
 * first one violated answers; the README's table lists the same order.
 */
enum MigrationRule {

	SOURCE_CLUSTER_EXISTS, TARGET_CLUSTER_EXISTS, DIFFERENT_CLUSTERS, SOURCE_AVAILABLE, TARGET_AVAILABLE, SAME_VPC,
	SAME_CATEGORY, SAME_DEC, SAME_IPV6, NODES_IN_SOURCE, NODES_ACTIVE, NODES_HAVE_DATA_DISK,
	NO_BMS_IN_TURBO, ONE_DISK_TYPE

}
