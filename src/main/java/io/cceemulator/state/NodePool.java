package io.cceemulator.state;

import java.time.Instant;

/** A custom node pool of a cluster. The DefaultPool is not stored: it is every node without a pool. */
public record NodePool(String projectId, String clusterId, String id, String name, String flavor, String os,
		Instant created) {
}
