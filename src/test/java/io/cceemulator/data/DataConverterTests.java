package io.cceemulator.data;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cceemulator.data.EmulatorData.ClusterData;
import io.cceemulator.data.EmulatorData.NodeData;
import io.cceemulator.data.EmulatorData.NodeSetData;
import io.cceemulator.data.EmulatorData.ProjectData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataConverterTests {

	private static NodeData node(String id, String phase) {
		return new NodeData(id, id, null, null, null, phase, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
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
		Dataset first = DataConverter.convert(data(cluster("c1", List.of(node("n1", null)),
				List.of(new NodeSetData(3, "gen", node(null, null))))), Instant.EPOCH);
		Dataset second = DataConverter.convert(data(cluster("c1", List.of(node("n1", null)),
				List.of(new NodeSetData(3, "gen", node(null, null))))), Instant.EPOCH);
		assertThat(first.nodes()).hasSize(4);
		assertThat(first.nodes().get(1).name()).isEqualTo("gen-0001");
		assertThat(first.nodes()).isEqualTo(second.nodes());
		assertThat(first.clusters().get(0).category()).isEqualTo("CCE");
		assertThat(first.clusters().get(0).phase()).isEqualTo("Available");
	}

	@Test
	void namesTheEntryOfEveryProblem() {
		assertThatThrownBy(() -> DataConverter.convert(new EmulatorData(List.of()), Instant.EPOCH))
			.hasMessage("data: has no projects");
		assertThatThrownBy(() -> DataConverter.convert(data(cluster("c1", List.of(node("n1", "Sleeping")), null)),
				Instant.EPOCH))
			.isInstanceOf(InvalidDataException.class)
			.hasMessage("node n1: phase Sleeping is not a CCE node phase");
		assertThatThrownBy(() -> DataConverter.convert(
				data(cluster("c1", List.of(node("n1", null)), null), cluster("c2", List.of(node("n1", null)), null)),
				Instant.EPOCH))
			.hasMessage("node in cluster c2 n1: uses an id already taken");
	}

}
