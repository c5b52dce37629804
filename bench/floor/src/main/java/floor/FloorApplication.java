package floor;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of the emulator's stack: Spring Boot, Spring MVC on Tomcat and Jackson answering the benchmarked calls
 * with canned records, with no validation, rules, state, auth, journal or metrics. What it costs per request and to
 * start is what the stack costs before the emulator does anything, so BENCHMARKS.md can say how much of a gap to
 * WireMock is the emulator's work and how much no emulator on this stack could close.
 */
@SpringBootApplication
@RestController
public class FloorApplication {

	private static final String JOB = "5b2e3e3c-6c5a-4e8f-9d1e-3f5a7c9b1d2e";

	record Task(Map<String, Object> spec, Map<String, String> status) {
	}

	record Job(String kind, String apiVersion, Map<String, String> metadata, Map<String, String> spec,
			Map<String, String> status) {
	}

	record ClusterList(String kind, String apiVersion, List<Object> items) {
	}

	record Error(String error_code, String error_msg) {
	}

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

	@GetMapping("/api/v3/projects/{project}/clusters")
	ClusterList clusters(@PathVariable String project) {
		return new ClusterList("Cluster", "v3", List.of());
	}

	@GetMapping("/api/v3/projects/{project}/jobs/{job}")
	Job job(@PathVariable String project, @PathVariable String job) {
		return new Job("Job", "v3", Map.of("uid", job), Map.of("type", "MigrateNode", "clusterUID", project),
				Map.of("phase", "Success"));
	}

	/** 400 for the benchmark's refused request (the only one with a DockerLVMConfigOverride), 200 otherwise. */
	@PutMapping("/api/v3/projects/{project}/clusters/{source}/nodes/operation/migrateto/{target}")
	ResponseEntity<Object> migrate(@PathVariable String project, @PathVariable String source,
			@PathVariable String target, @RequestBody String body) {
		if (body.contains("DockerLVMConfigOverride")) {
			return ResponseEntity.badRequest().body(new Error("CCE.01400001", "refused"));
		}
		return ResponseEntity.ok(new Task(Map.of("os", "EulerOS 2.9"), Map.of("jobID", JOB)));
	}

}
