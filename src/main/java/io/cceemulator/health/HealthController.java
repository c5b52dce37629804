package io.cceemulator.health;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.state.StateStore;

/**
 * Health at Actuator's paths and in its body shape ({@code {"status":"UP"}}), for Docker's HEALTHCHECK and
 * Kubernetes' probes, read from Spring Boot's application availability: ready once the application has started (the
 * data is loaded by then), refusing traffic from the start of a graceful shutdown.
 */
@RestController
class HealthController {

	/** Actuator's body; {@code components} appears when a part is not up (persistence that cannot write). */
	record Health(String status, List<String> groups, Map<String, Component> components) {
	}

	record Component(String status, Map<String, String> details) {
	}

	record Probe(String status) {
	}

	private static final List<String> GROUPS = List.of("liveness", "readiness");

	private final ApplicationAvailability availability;

	private final StateStore store;

	HealthController(ApplicationAvailability availability, StateStore store) {
		this.availability = availability;
		this.store = store;
	}

	/** Down while changes cannot be made durable: every write is then refused, so the emulator is of no use. */
	@GetMapping("/actuator/health")
	ResponseEntity<Health> health() {
		boolean live = live();
		Optional<String> persistence = this.store.durabilityProblem();
		boolean up = live && ready() && persistence.isEmpty();
		String status = up ? "UP" : ((!live || persistence.isPresent()) ? "DOWN" : "OUT_OF_SERVICE");
		Map<String, Component> components = persistence
			.map((problem) -> Map.of("persistence", new Component("DOWN", Map.of("problem", problem))))
			.orElse(null);
		return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(new Health(status, GROUPS, components));
	}

	@GetMapping("/actuator/health/liveness")
	ResponseEntity<Probe> liveness() {
		return live() ? ResponseEntity.ok(new Probe("UP"))
				: ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Probe("DOWN"));
	}

	@GetMapping("/actuator/health/readiness")
	ResponseEntity<Probe> readiness() {
		return ready() ? ResponseEntity.ok(new Probe("UP"))
				: ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Probe("OUT_OF_SERVICE"));
	}

	private boolean live() {
		return this.availability.getLivenessState() == LivenessState.CORRECT;
	}

	private boolean ready() {
		return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				&& this.store.durabilityProblem().isEmpty();
	}

}
