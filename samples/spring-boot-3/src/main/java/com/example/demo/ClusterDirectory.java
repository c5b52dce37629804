package com.example.demo;

import java.util.List;

import org.springframework.web.client.RestClient;

/** The names of a project's CCE clusters. */
public class ClusterDirectory {

	private final RestClient cce;

	public ClusterDirectory(RestClient cce) {
		this.cce = cce;
	}

	public List<String> clusterNames() {
		return this.cce.get()
			.uri("/clusters")
			.retrieve()
			.body(ClusterList.class)
			.items()
			.stream()
			.map((cluster) -> cluster.metadata().name())
			.toList();
	}

	/** The part of CCE's answer this application reads; Jackson skips the rest. */
	record ClusterList(List<Cluster> items) {

		record Cluster(Metadata metadata) {
		}

		record Metadata(String name) {
		}

	}

}
