package io.cceemulator.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.data.DataLoader;
import io.cceemulator.data.EmulatorData;
import io.cceemulator.data.InvalidDataException;
import io.cceemulator.error.AdminException;
import io.cceemulator.fault.FaultRegistry;
import io.cceemulator.journal.RequestJournal;
import io.cceemulator.state.StateStore;
import io.cceemulator.system.VirtualClock;
import io.cceemulator.web.ApiSurface;

/** Reset, data load and export, and the clock. */
@RestController
@RequestMapping(ApiSurface.ADMIN_PREFIX)
class AdminController {

	record ClockView(String mode, double speed, Instant now, Instant nextTransition) {
	}

	record ClockChange(String mode, Double speed) {
	}

	/** One of: {@code by} (ISO-8601 duration, e.g. PT5S), {@code to} (an instant), {@code toNextTransition}. */
	record ClockAdvance(String by, String to, Boolean toNextTransition) {
	}

	private final StateStore store;

	private final DataLoader data;

	private final FaultRegistry faults;

	private final RequestJournal journal;

	private final VirtualClock clock;

	private final EmulatorProperties properties;

	AdminController(StateStore store, DataLoader data, FaultRegistry faults, RequestJournal journal, VirtualClock clock,
			EmulatorProperties properties) {
		this.store = store;
		this.data = data;
		this.faults = faults;
		this.journal = journal;
		this.clock = clock;
		this.properties = properties;
	}

	/** Back to the baseline data, with no jobs, faults or journal entries, and the clock in its start-up mode. */
	@PostMapping("/reset")
	Map<String, Object> reset() {
		long started = System.nanoTime();
		this.clock.reset(this.properties.clockMode(), this.properties.clock().speed());
		this.store.reset();
		this.faults.clear();
		this.journal.clear();
		return Map.of("reset", true, "tookMillis", (System.nanoTime() - started) / 1_000_000.0);
	}

	@GetMapping("/data")
	EmulatorData export() {
		return this.data.export();
	}

	/** Replaces the whole state; with {@code baseline=true} a later reset returns to this data. */
	@PutMapping("/data")
	@ResponseStatus(HttpStatus.OK)
	Map<String, Object> load(@RequestBody EmulatorData body,
			@RequestParam(name = "baseline", defaultValue = "false") boolean baseline) {
		try {
			this.data.replace(body, baseline);
		}
		catch (InvalidDataException ex) {
			throw AdminException.badRequest(ex.getMessage());
		}
		return Map.of("loaded", true, "baseline", baseline);
	}

	@GetMapping("/clock")
	ClockView clock() {
		return new ClockView(this.clock.mode().name().toLowerCase(Locale.ROOT), this.clock.speed(),
				this.clock.instant(), this.store.nextTransition().orElse(null));
	}

	@PutMapping("/clock")
	ClockView setClock(@RequestBody ClockChange change) {
		try {
			EmulatorProperties.ClockMode mode = (change.mode() != null) ? VirtualClock.mode(change.mode()) : this.clock.mode();
			this.clock.set(mode, (change.speed() != null) ? change.speed() : this.clock.speed());
		}
		catch (IllegalArgumentException ex) {
			throw AdminException.badRequest(ex.getMessage());
		}
		return clock();
	}

	@PostMapping("/clock/advance")
	ClockView advance(@RequestBody ClockAdvance advance) {
		try {
			if (Boolean.TRUE.equals(advance.toNextTransition())) {
				this.store.nextTransition().ifPresent(this.clock::advanceTo);
			}
			else if (advance.by() != null) {
				this.clock.advance(Duration.parse(advance.by()));
			}
			else if (advance.to() != null) {
				this.clock.advanceTo(Instant.parse(advance.to()));
			}
			else {
				throw AdminException.badRequest("give one of by (e.g. PT5S), to (an instant) or toNextTransition");
			}
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw AdminException.badRequest("cannot advance the clock: " + ex.getMessage());
		}
		return clock();
	}

}
