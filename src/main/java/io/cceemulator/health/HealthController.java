package io.cceemulator.health;

import java.util.List;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health at Actuator's paths and in its body shape ({@code {"status":"UP"}}), for Docker's HEALTHCHECK and
 * Kubernetes' probes, read from Spring Boot's application availability: ready once the application has started (the
 * data is loaded by then), refusing traffic from the start of a graceful shutdown.
 */
@RestController
class HealthController {

	record Health(String status, List<String> groups) {
	}

	record Probe(String status) {
	}

	private static final List<String> GROUPS = List.of("liveness", "readiness");

	private final ApplicationAvailability availability;

	HealthController(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("/actuator/health")
	ResponseEntity<Health> health() {
		boolean live = live();
		boolean up = live && ready();
		return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
			.body(new Health(up ? "UP" : (live ? "OUT_OF_SERVICE" : "DOWN"), GROUPS));
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
		return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

}
