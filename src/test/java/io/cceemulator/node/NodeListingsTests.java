package io.cceemulator.node;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.cceemulator.state.Change;
import io.cceemulator.state.ProjectState;

import static io.cceemulator.support.StateFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class NodeListingsTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final NodeListings listings = new NodeListings(this.mapper);

	private final ProjectState state = ProjectState.of(PROJECT, List.of(cluster("c1", "v1"), cluster("c2", "v1")),
			List.of(), List.of(server("s1", "v1"), server("s2", "v1")),
			List.of(node("n1", "c1", "s1"), node("n2", "c2", "s2")), List.of());

	@Test
	void answersWhatTheUncachedListingSerialisesTo() {
		assertThat(this.listings.body(this.state, "c1")).isEqualTo(uncached(this.state, "c1"));
		assertThat(this.listings.body(this.state, "c1")).isEqualTo(uncached(this.state, "c1"));
		assertThat(this.listings.body(this.state, "c2")).isEqualTo(uncached(this.state, "c2"));
		assertThat(new String(this.listings.body(this.state, "c1"))).contains("\"n1\"").doesNotContain("\"n2\"");
	}

	@Test
	void keepsTheBodyOfTheSameStateAndChangesItWithTheState() {
		byte[] before = this.listings.body(this.state, "c1");
		assertThat(this.listings.body(this.state, "c1")).isSameAs(before);
		ProjectState moved = this.state.apply(new Change.NodePut(node("n2", "c1", "s2")));
		byte[] after = this.listings.body(moved, "c1");
		assertThat(after).isEqualTo(uncached(moved, "c1")).isNotEqualTo(before);
		assertThat(new String(after)).contains("\"n1\"").contains("\"n2\"");
		assertThat(this.listings.body(moved, "c2")).isEqualTo(uncached(moved, "c2"));
	}

	private byte[] uncached(ProjectState state, String clusterId) {
		return this.mapper.writeValueAsBytes(NodeListings.listing(state, clusterId));
	}

}
