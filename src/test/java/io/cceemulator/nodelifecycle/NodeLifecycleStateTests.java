package io.cceemulator.nodelifecycle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.error.CceError;
import io.cceemulator.error.CceException;
import io.cceemulator.state.Job;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePhase;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;
import io.cceemulator.system.VirtualClock;

import static io.cceemulator.support.StateFixtures.PROJECT;
import static io.cceemulator.support.StateFixtures.cluster;
import static io.cceemulator.support.StateFixtures.node;
import static io.cceemulator.support.StateFixtures.pool;
import static io.cceemulator.support.StateFixtures.server;
import static io.cceemulator.support.StateFixtures.frozenClock;
import static io.cceemulator.support.StateFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The node operations against a real store on a frozen clock, without Spring: their transitions and locks. */
class NodeLifecycleStateTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final VirtualClock clock = frozenClock();

	private final StateStore store = store(this.clock,
			ProjectState.of(PROJECT, List.of(cluster("c1", "vpc-1"), cluster("c2", "vpc-1")), List.of(pool("pool", "c1")),
					List.of(server("s1", "vpc-1"), server("free", "vpc-1")), List.of(node("n1", "c1", "s1")), List.of()),
			List.of(new InstallCompletion(), new UninstallCompletion()));

	private static <T> T body(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	private ProjectState state() {
		return this.store.read(PROJECT);
	}

	@Test
	void createsANodeOnANewServerInstallingUnderItsScaleupJobThenActive() {
		var created = new NodeCreation(this.store).create(PROJECT, "c1", body("""
				{"metadata":{"name":"web-1"},"spec":{"flavor":"c7.large.2","az":"az1","login":{"sshKey":"k"},
				"rootVolume":{"volumetype":"SAS","size":50}}}""", NodeCreateRequest.class), false);
		Node node = state().node(created.metadata().uid()).orElseThrow();
		assertThat(node.phase()).isEqualTo(NodePhase.INSTALLING);
		assertThat(state().nodeOn(created.status().serverId())).map(Node::id).contains(node.id());
		Job job = state().job(node.jobId()).orElseThrow();
		assertThat(job.type()).isEqualTo("ScaleupCluster");
		Job createNode = job.subJobs().get(0);
		assertThat(createNode.type()).isEqualTo("CreateNode");
		assertThat(createNode.subJobs()).extracting(Job::type).containsExactly("CreateNodeVM", "InstallNode");
		assertThat(createNode.subJobs()).extracting(Job::resourceId).containsOnly(node.id());
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(state().node(node.id()).orElseThrow().phase()).isEqualTo(NodePhase.ACTIVE);
	}

	@Test
	void removeLeavesTheServerFreeAndDeleteTakesItAlong() {
		new NodeRemoval(this.store).remove(PROJECT, "c1",
				body("{\"spec\":{\"nodes\":[{\"uid\":\"n1\"}]}}", RemoveNodesTask.class));
		assertThat(state().node("n1").orElseThrow().phase()).isEqualTo(NodePhase.DELETING);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(state().node("n1")).isEmpty();
		assertThat(state().server("s1")).isPresent();
		assertThat(state().nodeOn("s1")).isEmpty();

		String serverOfNew = new ServerAcceptance(this.store).add(PROJECT, "c2", body("""
				{"kind":"List","nodeList":[{"serverID":"s1","spec":{"os":"EulerOS 2.9","login":{"sshKey":"k"}}}]}""",
				NodeLists.AddNodeList.class)).jobid();
		this.clock.advance(Duration.ofSeconds(4));
		Node accepted = state().nodesIn("c2").get(0);
		assertThat(accepted.serverId()).isEqualTo("s1");
		assertThat(state().job(serverOfNew).orElseThrow().phase().wire()).isEqualTo("Success");
		new NodeChanges(this.store).delete(PROJECT, "c2", accepted.id(), true);
		this.clock.advance(Duration.ofSeconds(4));
		assertThat(state().node(accepted.id())).isEmpty();
		assertThat(state().server("s1")).isEmpty();
	}

	@Test
	void aNodeAJobWorksOnRefusesEveryOtherOperationUntilTheJobEnds() {
		new NodeReset(this.store).reset(PROJECT, "c1", body("""
				{"nodeList":[{"nodeID":"n1","spec":{"os":"EulerOS 2.9","login":{"sshKey":"k"}}}]}""",
				NodeLists.ResetNodeList.class));
		List<Runnable> others = List.of(
				() -> new NodeChanges(this.store).delete(PROJECT, "c1", "n1", true),
				() -> new NodeRemoval(this.store).remove(PROJECT, "c1",
						body("{\"spec\":{\"nodes\":[{\"uid\":\"n1\"}]}}", RemoveNodesTask.class)),
				() -> new NodeChanges(this.store).update(PROJECT, "c1", "n1",
						body("{\"metadata\":{\"name\":\"renamed\"}}", NodeChanges.NodeUpdate.class)),
				() -> new PoolMigration(this.store).migrate(PROJECT, "c1", "pool",
						body("{\"nodeList\":[{\"nodeID\":\"n1\"}]}", NodeLists.MigrateNodesToNodePoolList.class)));
		for (Runnable other : others) {
			CceException refused = catchThrowableOfType(CceException.class, other::run);
			assertThat(refused.error()).isEqualTo(CceError.RESOURCE_LOCKED);
			assertThat(refused.getMessage()).contains("node n1 is locked by other requests").contains("ResetNode");
		}
		this.clock.advance(Duration.ofSeconds(4));
		new NodeChanges(this.store).update(PROJECT, "c1", "n1",
				body("{\"metadata\":{\"name\":\"renamed\"}}", NodeChanges.NodeUpdate.class));
		assertThat(state().node("n1").orElseThrow().name()).isEqualTo("renamed");
		assertThat(state().server("s1").orElseThrow().name()).isEqualTo("renamed");
	}

	@Test
	void aFailedInstallLeavesTheNodeInErrorAndAFailedRemovalBeforeItBeganLeavesItActive() {
		String jobId = new NodeReset(this.store).reset(PROJECT, "c1", body("""
				{"nodeList":[{"nodeID":"n1","spec":{"os":"EulerOS 2.9","login":{"sshKey":"k"}}}]}""",
				NodeLists.ResetNodeList.class)).jobid();
		this.store.write(PROJECT, (tx) -> tx.failJob(jobId, "install failed"));
		assertThat(state().node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ERROR);

		String removal = new NodeRemoval(this.store).remove(PROJECT, "c1",
				body("{\"spec\":{\"nodes\":[{\"uid\":\"n1\"}]}}", RemoveNodesTask.class)).status().jobID();
		this.store.write(PROJECT, (tx) -> tx.failJob(removal, "drain timed out"));
		assertThat(state().node("n1").orElseThrow().phase()).isEqualTo(NodePhase.ACTIVE);
	}

	@Test
	void joinsACustomPoolWithItsLabelsAndTaintsAndResetsFromItsSettings() {
		new PoolMigration(this.store).migrate(PROJECT, "c1", "pool",
				body("{\"nodeList\":[{\"nodeID\":\"n1\"}]}", NodeLists.MigrateNodesToNodePoolList.class));
		Node joined = state().node("n1").orElseThrow();
		assertThat(joined.poolId()).isEqualTo("pool");
		assertThat(joined.labels()).containsEntry("team", "pool");
		assertThat(joined.taints()).extracting(Node.Taint::key).containsExactly("dedicated");
		assertThat(joined.login().sshKey()).isEqualTo("KeyPair-001");

		new NodeReset(this.store).reset(PROJECT, "c1", body("""
				{"nodeList":[{"nodeID":"n1","spec":{"os":"Ubuntu 22.04","name":"other","login":{"sshKey":"k"}}}]}""",
				NodeLists.ResetNodeList.class));
		Node reset = state().node("n1").orElseThrow();
		assertThat(reset.os()).isEqualTo("EulerOS 2.9");
		assertThat(reset.name()).isEqualTo("n1");
		assertThat(reset.login().sshKey()).isEqualTo("KeyPair-pool");
		assertThat(reset.labels()).containsEntry("team", "pool");
	}

	@Test
	void acceptsAServerIntoOneClusterOnlyWhateverClientsDoAtOnce() throws Exception {
		String body = """
				{"nodeList":[{"serverID":"free","spec":{"os":"EulerOS 2.9","login":{"sshKey":"k"}}}]}""";
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> calls = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String cluster = (i % 2 == 0) ? "c1" : "c2";
			calls.add(pool.submit(() -> {
				try {
					return new ServerAcceptance(this.store)
						.add(PROJECT, cluster, body(body, NodeLists.AddNodeList.class))
						.jobid();
				}
				catch (CceException refused) {
					return refused.error().name();
				}
			}));
		}
		List<String> outcomes = new ArrayList<>();
		for (Future<String> call : calls) {
			outcomes.add(call.get());
		}
		pool.shutdown();
		assertThat(outcomes).filteredOn((o) -> !o.equals("RESOURCE_LOCKED")).hasSize(1);
		assertThat(state().nodes()).filteredOn((n) -> n.serverId().equals("free")).hasSize(1);
	}

}
