package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.node.NodePoolView;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.system.VirtualClock;

import static io.cceemulator.support.StateFixtures.PROJECT;
import static io.cceemulator.support.StateFixtures.cluster;
import static io.cceemulator.support.StateFixtures.frozenClock;
import static io.cceemulator.support.StateFixtures.node;
import static io.cceemulator.support.StateFixtures.pool;
import static io.cceemulator.support.StateFixtures.server;
import static io.cceemulator.support.StateFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The node pool operations against a real store on a frozen clock, without Spring: their transitions and ends. */
class NodePoolLifecycleStateTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final VirtualClock clock = frozenClock();

	private final StateStore store = store(this.clock,
			ProjectState.of(PROJECT, List.of(cluster("c1", "vpc-1")), List.of(pool("old", "c1")),
					List.of(server("s1", "vpc-1")), List.of(inPool(node("n1", "c1", "s1"), "old")), List.of()),
			List.of(new InstallCompletion(), new UninstallCompletion(), new PoolDeletion()));

	private final NodePoolCreation creation = new NodePoolCreation(this.store);

	private final NodePoolChanges changes = new NodePoolChanges(this.store);

	private static Node inPool(Node n, String poolId) {
		return new Node(n.projectId(), n.id(), n.name(), n.clusterId(), poolId, n.flavor(), n.az(), n.os(), n.phase(),
				n.serverId(), n.privateIp(), n.privateIpv6(), n.rootVolume(), n.dataVolumes(), n.login(), n.runtime(),
				n.extend(), n.created(), n.updated(), n.jobId(), n.incoming(), n.labels(), n.taints());
	}

	private ProjectState state() {
		return this.store.read(PROJECT);
	}

	private NodePoolView create(String name, int count) {
		return this.creation.create(PROJECT, "c1", JSON.readValue(PoolBodies.create(name, count), NodePoolRequest.class));
	}

	private List<Node> members(String poolId) {
		return state().nodesIn("c1").stream().filter((n) -> poolId.equals(n.poolId())).toList();
	}

	@Test
	void createsThePoolAndItsNodesOnNewServersInOneWriteAndKeepsNoPassword() {
		NodePoolView view = create("web", 2);
		NodePool pool = state().pool(view.metadata().uid()).orElseThrow();
		assertThat(pool.scaling().initialNodeCount()).isEqualTo(2);
		assertThat(pool.template().rootVolume()).isEqualTo(new Node.Volume("SAS", 50));
		assertThat(pool.template().userTags()).containsExactly(new NodePool.UserTag("owner", "qa"));
		List<Node> nodes = members(pool.id());
		assertThat(nodes).hasSize(2).allSatisfy((n) -> {
			assertThat(n.phase()).isEqualTo(NodePhase.INSTALLING);
			assertThat(n.jobId()).isEqualTo(pool.jobId());
			assertThat(state().nodeOn(n.serverId())).map(Node::id).contains(n.id());
			assertThat(n.labels()).containsEntry("team", "web");
		});
		assertThat(nodes.get(0).privateIp()).isNotEqualTo(nodes.get(1).privateIp());
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(members(pool.id())).extracting(Node::phase).containsOnly(NodePhase.ACTIVE);
	}

	@Test
	void deletesAPoolsNodesAndServersAtTheEndOfItsJobThenThePool() {
		NodePoolView deleting = this.changes.delete(PROJECT, "c1", "old");
		assertThat(deleting.status().phase()).isEqualTo("Deleting");
		assertThat(state().node("n1").orElseThrow().phase()).isEqualTo(NodePhase.DELETING);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(state().pool("old")).isEmpty();
		assertThat(state().node("n1")).isEmpty();
		assertThat(state().server("s1")).isEmpty();
	}

	@Test
	void shrinksAPoolByItsNewestNodesFirst() {
		NodePoolView view = create("web", 0);
		String poolId = view.metadata().uid();
		this.changes.scale(PROJECT, "c1", poolId, JSON.readValue(PoolBodies.scale(1), ScaleNodePoolRequest.class));
		this.clock.advance(Duration.ofSeconds(4));
		Node oldest = members(poolId).get(0);
		this.clock.advance(Duration.ofSeconds(1));
		this.changes.scale(PROJECT, "c1", poolId, JSON.readValue(PoolBodies.scale(3), ScaleNodePoolRequest.class));
		this.clock.advance(Duration.ofSeconds(4));
		this.changes.scale(PROJECT, "c1", poolId, JSON.readValue(PoolBodies.scale(1), ScaleNodePoolRequest.class));
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(members(poolId)).extracting(Node::id).containsExactly(oldest.id());
	}

	@Test
	void refusesAScaleWhileThePoolIsDeleting() {
		this.changes.delete(PROJECT, "c1", "old");
		CceException ex = catchThrowableOfType(CceException.class, () -> this.changes.scale(PROJECT, "c1", "old",
				JSON.readValue(PoolBodies.scale(2), ScaleNodePoolRequest.class)));
		assertThat(ex.error()).isEqualTo(CceError.RESOURCE_LOCKED);
		assertThat(state().node("n1").orElseThrow().phase()).isEqualTo(NodePhase.DELETING);
	}

}
