package io.cceemulator.data;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.NodeSetData;
import io.cceemulator.data.EmulatorData.ProjectData;

import io.cceemulator.state.Node;
import io.cceemulator.state.ProjectState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataConverterTests {

	private static NodeData node(String id, String phase) {
		return new NodeData(id, id, null, null, null, phase, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

	private static ClusterData cluster(String id, List<NodeData> nodes, List<NodeSetData> sets) {
		return new ClusterData(id, id, null, null, null, "vpc-1", null, null, null, null, null, null, null, null, null,
				nodes, sets);
	}

	private static EmulatorData data(ClusterData... clusters) {
		return new EmulatorData(List.of(new ProjectData("p1", "p1", List.of(), List.of(clusters))));
	}

	@Test
	void fillsInDefaultsAndGeneratesNodeSetsWithStableIds() {
		ProjectState first = DataConverter.convert(data(cluster("c1", List.of(node("n1", null)),
				List.of(new NodeSetData(3, "gen", node(null, null))))), Instant.EPOCH, null).project("p1");
		ProjectState second = DataConverter.convert(data(cluster("c1", List.of(node("n1", null)),
				List.of(new NodeSetData(3, "gen", node(null, null))))), Instant.EPOCH, null).project("p1");
		assertThat(first.nodesIn("c1")).extracting(Node::name).containsExactly("gen-0001", "gen-0002", "gen-0003", "n1");
		assertThat(first.nodesIn("c1")).isEqualTo(second.nodesIn("c1"));
		assertThat(first.clusters().get(0).category()).isEqualTo("CCE");
		assertThat(first.clusters().get(0).phase()).isEqualTo("Available");
	}

	@Test
	void namesTheEntryOfEveryProblem() {
		assertThatThrownBy(() -> DataConverter.convert(new EmulatorData(List.of()), Instant.EPOCH, null))
			.hasMessage("data: has no projects");
		assertThatThrownBy(() -> DataConverter.convert(data(cluster("c1", List.of(node("n1", "Sleeping")), null)),
				Instant.EPOCH, null))
			.isInstanceOf(InvalidDataException.class)
			.hasMessage("node n1: phase Sleeping is not a CCE node phase");
		assertThatThrownBy(() -> DataConverter.convert(
				data(cluster("c1", List.of(node("n1", null)), null), cluster("c2", List.of(node("n1", null)), null)),
				Instant.EPOCH, null))
			.hasMessage("node in cluster c2 n1: uses an id already taken");
	}

}
