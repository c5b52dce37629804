package io.cceemulator.nodelifecycle;

import java.util.regex.Pattern;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;

/** The rules of the node pool operations: the request's beyond its shape, then the guard clauses on the state. */
final class PoolRules {

	/** CCE's pool names: 1 to 50 characters, a lower-case letter first, lower-case letters, digits and -, no - last. */
	private static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9-]{0,48}[a-z0-9])?");

	private PoolRules() {
	}

	static void checkName(String field, String name) {
		if (name == null) {
			return;
		}
		if (Node.DEFAULT_POOL.equalsIgnoreCase(name)) {
			throw CceException.invalid(field + ": '" + name + "' is reserved for the DefaultPool");
		}
		if (!NAME.matcher(name).matches()) {
			throw CceException.invalid(field + ": '" + name + "' is not a node pool name: 1 to 50 characters, a "
					+ "lower-case letter first, then lower-case letters, digits and -, not ending with -");
		}
	}

	/**
	 * With autoscaling on, {@code minNodeCount <= count <= maxNodeCount}; off, its bounds are not checked (Terraform
	 * sends zeros then).
	 *
	 * @param count the node count asked for, or null when it stays
	 */
	static void checkScaling(String where, NodePool.Scaling scaling, Integer count, String countField) {
		if (!scaling.enable()) {
			return;
		}
		if (scaling.minNodeCount() > scaling.maxNodeCount()) {
			throw CceException.invalid(where + ".autoscaling: minNodeCount " + scaling.minNodeCount()
					+ " is more than maxNodeCount " + scaling.maxNodeCount());
		}
		if (count != null && (count < scaling.minNodeCount() || count > scaling.maxNodeCount())) {
			throw CceException.invalid(countField + ": " + count + " is not between the autoscaling bounds "
					+ scaling.minNodeCount() + " and " + scaling.maxNodeCount());
		}
	}

	static NodePool.Scaling scaling(NodePoolRequest.Autoscaling a, int count) {
		if (a == null) {
			return new NodePool.Scaling(count, false, 0, 0, 0, 0);
		}
		return new NodePool.Scaling(count, Boolean.TRUE.equals(a.enable()), orZero(a.minNodeCount()),
				orZero(a.maxNodeCount()), orZero(a.scaleDownCooldownTime()), orZero(a.priority()));
	}

	private static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	/** Pool names are unique in a cluster; {@code except} is the pool being renamed. */
	static void nameFree(ProjectState state, Cluster cluster, String name, String except) {
		state.pools(cluster.id()).stream().filter((p) -> p.name().equals(name) && !p.id().equals(except))
			.findFirst()
			.ifPresent((p) -> {
				throw Guards.refuse(CceError.ALREADY_EXISTS, NodeRule.POOL_NAME_FREE,
						"a node pool named " + name + " exists already in cluster " + cluster.id() + ": " + p.id());
			});
	}

	/** A custom pool of the cluster to change; the DefaultPool is no pool to update, scale or delete. */
	static NodePool pool(ProjectState state, Cluster cluster, String poolId) {
		if (Node.DEFAULT_POOL.equals(poolId)) {
			throw Guards.invalid(NodeRule.POOL_IS_CUSTOM, "DefaultPool cannot be updated, scaled or deleted: it is "
					+ "the nodes of the cluster in no custom node pool");
		}
		return Guards.customPool(state, cluster, poolId);
	}

}
