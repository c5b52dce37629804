package io.cceemulator.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.state.JobPhase;
import io.cceemulator.state.JobState;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.StateStore;


/**
 * {@code GET /actuator/prometheus} in Prometheus' text format (0.0.4), written here rather than by Spring Boot
 * Actuator and Micrometer: the emulator has two series of its own and a handful of the JVM's, and the actuator cost
 * ~0.15 s of every start, which test suites pay hundreds of times a day. The path stays Actuator's,
 * so scrape configurations written for it keep working.
 */
@RestController
class PrometheusController {

	static final MediaType TEXT_FORMAT = MediaType.parseMediaType("text/plain;version=0.0.4;charset=utf-8");

	private final RequestCounts requests;

	private final StateChangeCounts changes;

	private final StateStore store;

	PrometheusController(RequestCounts requests, StateChangeCounts changes, StateStore store) {
		this.requests = requests;
		this.changes = changes;
		this.store = store;
	}

	@GetMapping("/actuator/prometheus")
	ResponseEntity<String> scrape() {
		StringBuilder out = new StringBuilder(4096);
		family(out, "cce_requests_total", "counter", "Calls to the emulated CCE API");
		for (RequestCounts.Count count : this.requests.all()) {
			RequestCounts.Key key = count.key();
			sample(out, "cce_requests_total", "error_code", key.errorCode(), "operation", key.operation(), "status",
					Integer.toString(key.status()), count.value());
		}
		family(out, "cce_state_changes_total", "counter", "Changes committed to the emulated cloud's state, by kind");
		for (StateChangeCounts.Count count : this.changes.all()) {
			sample(out, "cce_state_changes_total", "kind", count.kind(), count.value());
		}
		family(out, "cce_jobs", "gauge", "Jobs of the emulated CCE API by phase");
		jobsByPhase().forEach((phase, n) -> sample(out, "cce_jobs", "phase", phase.wire(), n));
		jvm(out);
		return ResponseEntity.ok().contentType(TEXT_FORMAT).body(out.toString());
	}

	/** Jobs, not sub-jobs, counted at scrape time from the state: no running tally to get wrong. */
	private Map<JobPhase, Long> jobsByPhase() {
		Map<JobPhase, Long> byPhase = new EnumMap<>(JobPhase.class);
		for (JobPhase phase : JobPhase.values()) {
			byPhase.put(phase, 0L);
		}
		for (ProjectState project : this.store.world().projects().values()) {
			for (JobState job : project.jobs()) {
				byPhase.merge(job.job().phase(), 1L, Long::sum);
			}
		}
		return byPhase;
	}

	private static void jvm(StringBuilder out) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		family(out, "jvm_memory_used_bytes", "gauge", "Memory the JVM uses");
		sample(out, "jvm_memory_used_bytes", "area", "heap", memory.getHeapMemoryUsage().getUsed());
		sample(out, "jvm_memory_used_bytes", "area", "nonheap", memory.getNonHeapMemoryUsage().getUsed());
		family(out, "jvm_threads_live_threads", "gauge", "Live threads of the JVM");
		sample(out, "jvm_threads_live_threads", ManagementFactory.getThreadMXBean().getThreadCount());
		family(out, "process_uptime_seconds", "gauge", "Time since the JVM started");
		sample(out, "process_uptime_seconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
		family(out, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch");
		sample(out, "process_start_time_seconds", ManagementFactory.getRuntimeMXBean().getStartTime() / 1000.0);
	}

	private static void family(StringBuilder out, String name, String type, String help) {
		out.append("# HELP ").append(name).append(' ').append(help).append('\n');
		out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
	}

	/** One sample; labels come as name, value pairs, in alphabetical order of name. */
	private static void sample(StringBuilder out, String name, Object... labelsThenValue) {
		out.append(name);
		int labels = labelsThenValue.length - 1;
		for (int i = 0; i < labels; i += 2) {
			out.append((i == 0) ? '{' : ',').append(labelsThenValue[i]).append("=\"");
			escape(out, labelsThenValue[i + 1].toString());
			out.append('"');
		}
		if (labels > 0) {
			out.append('}');
		}
		out.append(' ').append(((Number) labelsThenValue[labels]).doubleValue()).append('\n');
	}

	private static void escape(StringBuilder out, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
	}

}
