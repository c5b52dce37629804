package com.example.demo;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClusterController {

	private final ClusterDirectory clusters;

	ClusterController(ClusterDirectory clusters) {
		this.clusters = clusters;
	}

	@GetMapping("/clusters")
	List<String> clusters() {
		return this.clusters.clusterNames();
	}

}
