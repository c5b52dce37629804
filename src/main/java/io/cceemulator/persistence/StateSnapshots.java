package io.cceemulator.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.cceemulator.cluster.Cluster;
import io.cceemulator.cluster.ClusterRegistry;
import io.cceemulator.image.Image;
import io.cceemulator.image.ImageRegistry;
import io.cceemulator.job.JobEngine;
import io.cceemulator.job.JobState;
import io.cceemulator.node.Node;
import io.cceemulator.node.NodePool;
import io.cceemulator.node.NodePoolRegistry;
import io.cceemulator.node.NodeRegistry;
import io.cceemulator.system.ChangeRecorder.Change;

/**
 * Turns the registries into changes (a snapshot) and changes back into the registries (a replay). A replay applies
 * each entity's change with the highest sequence number, and nothing older than the last reset, so the order in
 * which concurrent writers' records reached the file does not matter.
 */
@Component
class StateSnapshots {

	private final ClusterRegistry clusters;

	private final NodeRegistry nodes;

	private final NodePoolRegistry pools;

	private final ImageRegistry images;

	private final JobEngine jobs;

	private final JsonMapper json;

	StateSnapshots(ClusterRegistry clusters, NodeRegistry nodes, NodePoolRegistry pools, ImageRegistry images,
			JobEngine jobs, JsonMapper json) {
		this.clusters = clusters;
		this.nodes = nodes;
		this.pools = pools;
		this.images = images;
		this.jobs = jobs;
		this.json = json;
	}

	List<Change> snapshot(long seq) {
		List<Change> changes = new ArrayList<>();
		changes.add(new Change(seq, "reset", "*", null));
		this.clusters.all().forEach((c) -> changes.add(new Change(seq, "cluster", c.projectId() + "/" + c.id(), c)));
		this.nodes.all().forEach((n) -> changes.add(new Change(seq, "node", n.id(), n)));
		changes.add(new Change(seq, "pools", "*", List.copyOf(this.pools.all())));
		this.images.all().forEach((i) -> changes.add(new Change(seq, "image", i.id(), i)));
		this.jobs.states().forEach((j) -> changes.add(new Change(seq, "job", j.job().id(), j)));
		return changes;
	}

	/** Applies the records over the loaded data and returns the highest sequence number seen. */
	long replay(List<JsonNode> records) {
		Map<String, Long> applied = new HashMap<>();
		Map<String, JobState> jobStates = new LinkedHashMap<>();
		long lastReset = -1;
		long highest = 0;
		for (JsonNode record : records) {
			for (JsonNode change : record.get("changes")) {
				long seq = change.get("seq").asLong();
				String type = change.get("type").asString();
				String id = change.get("id").asString();
				JsonNode value = change.get("value");
				highest = Math.max(highest, seq);
				if (type.equals("reset")) {
					if (seq > lastReset) {
						lastReset = seq;
						applied.clear();
						jobStates.clear();
						clear();
					}
					continue;
				}
				String key = type + ":" + id;
				if (seq < lastReset || seq < applied.getOrDefault(key, -1L)) {
					continue;
				}
				applied.put(key, seq);
				apply(type, id, (value == null || value.isNull()) ? null : value, jobStates);
			}
		}
		this.jobs.clear();
		this.jobs.restore(jobStates.values());
		return highest;
	}

	private void apply(String type, String id, JsonNode value, Map<String, JobState> jobStates) {
		switch (type) {
			case "cluster" -> {
				String[] projectAndId = id.split("/", 2);
				if (value == null) {
					this.clusters.remove(projectAndId[0], projectAndId[1]);
				}
				else {
					this.clusters.put(this.json.treeToValue(value, Cluster.class));
				}
			}
			case "node" -> {
				if (value == null) {
					this.nodes.removeById(id);
				}
				else {
					this.nodes.save(this.json.treeToValue(value, Node.class));
				}
			}
			case "pools" -> this.pools.replaceAll(this.json.convertValue(value, new TypeReference<List<NodePool>>() {
			}));
			case "image" -> {
				if (value == null) {
					this.images.remove(id);
				}
				else {
					this.images.put(this.json.treeToValue(value, Image.class));
				}
			}
			case "job" -> {
				if (value == null) {
					jobStates.remove(id);
				}
				else {
					jobStates.put(id, this.json.treeToValue(value, JobState.class));
				}
			}
			default -> throw new StateFileDamagedException("the state file holds a change of unknown type " + type);
		}
	}

	private void clear() {
		this.clusters.replaceAll(List.of());
		this.nodes.replaceAll(List.of());
		this.pools.replaceAll(List.of());
		this.images.replaceAll(List.of());
		this.jobs.clear();
	}

}
