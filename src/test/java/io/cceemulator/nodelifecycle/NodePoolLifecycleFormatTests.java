package io.cceemulator.nodelifecycle;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.cceemulator.state.Change;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A state log written before pools kept a template and scaling still reads, and a new pool's record reads back. */
class NodePoolLifecycleFormatTests extends ApiTest {

	@Autowired
	JsonMapper json;

	@Test
	void readsAPoolPutOfAnOlderStateLogWithoutTheNewFields() {
		Change change = this.json.readValue("""
				{"change":"PoolPut","pool":{"projectId":"p","clusterId":"c","id":"pool-1","name":"pool-1",
				"flavor":"c7.large.2","os":"EulerOS 2.9","created":"2026-01-01T00:00:00Z","az":"az1",
				"runtime":"containerd","sshKey":"KeyPair-001","labels":{"a":"b"},"taints":[]}}""", Change.class);
		NodePool pool = ((Change.PoolPut) change).pool();
		assertThat(pool.template()).isNull();
		assertThat(pool.scaling()).isNull();
		assertThat(pool.phase()).isNull();
		assertThat(pool.updated()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(pool.labels()).containsEntry("a", "b");
	}

	@Test
	void writesAndReadsBackAPoolWithItsTemplateAndScaling() {
		NodePool pool = new NodePool("p", "c", "pool-1", "web", "c7.large.2", "EulerOS 2.9",
				Instant.parse("2026-01-01T00:00:00Z"), "az1", "containerd", null, null, null,
				new NodePool.Template("vm", new Node.Volume("SAS", 50), null, "root", null,
						"subnet-1", List.of(new NodePool.UserTag("k", "v"))),
				new NodePool.Scaling(2, true, 1, 3, 10, 1), NodePool.DELETING, "job-1",
				Instant.parse("2026-01-02T00:00:00Z"));
		String written = this.json.writeValueAsString(new Change.PoolPut(pool));
		assertThat(this.json.readValue(written, Change.class)).isEqualTo(new Change.PoolPut(pool));
	}

}
