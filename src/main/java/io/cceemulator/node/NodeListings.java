package io.cceemulator.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.cceemulator.state.ProjectState;

/**
 * ListNodes' answer, serialised once per project state. A {@link ProjectState} is immutable and replaced whole by
 * every change, so the same state object always lists the same nodes: the entry of a cluster is kept with the state
 * it was made from and used while the project's state is that very object. Made with the application's
 * {@link JsonMapper}, so the bytes are those Spring MVC would write for {@link #listing}.
 */
@Component
class NodeListings {

	/** Cluster ids seen since the last clear; more than this (many clusters made and deleted) starts afresh. */
	private static final int MAX_ENTRIES = 1024;

	private record Entry(ProjectState state, byte[] body) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final JsonMapper mapper;

	NodeListings(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** The serialised listing of the cluster's nodes in this state; the cluster is known to be in it. */
	byte[] body(ProjectState state, String clusterId) {
		String key = state.projectId() + '/' + clusterId;
		Entry entry = this.entries.get(key);
		if (entry != null && entry.state() == state) {
			return entry.body();
		}
		byte[] body = this.mapper.writeValueAsBytes(listing(state, clusterId));
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key, new Entry(state, body));
		return body;
	}

	/** The listing itself, uncached. */
	static NodeView.NodeList listing(ProjectState state, String clusterId) {
		return new NodeView.NodeList("List", "v3",
				state.nodesIn(clusterId).stream().map((n) -> NodeView.of(state, n)).toList());
	}

}
