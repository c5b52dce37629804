package io.cceemulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the emulator, bound from {@code emulator.*} (or {@code EMULATOR_*} environment variables).
 *
 * @param data where the data the emulator starts with comes from
 * @param jobs how long each phase of an asynchronous job lasts
 * @param auth how the CCE API authenticates callers
 */
@ConfigurationProperties("emulator")
public record EmulatorProperties(@DefaultValue Data data, @DefaultValue Jobs jobs, @DefaultValue Auth auth) {

	/** @param location a file path or {@code classpath:} URL; empty means the embedded default data */
	public record Data(@DefaultValue("") String location) {
	}

	/**
	 * Phase durations of a job. Short by default so that a polling client sees {@code Running}; {@code instant}
	 * finishes every job within the call that started it.
	 */
	public record Jobs(@DefaultValue("1s") Duration initializing, @DefaultValue("3s") Duration running,
			@DefaultValue("false") boolean instant) {

		public Duration initializingOrZero() {
			return this.instant ? Duration.ZERO : this.initializing;
		}

		public Duration runningOrZero() {
			return this.instant ? Duration.ZERO : this.running;
		}

	}

	/** @param mode {@code token} (any non-empty X-Auth-Token) or {@code off} */
	public record Auth(@DefaultValue("token") String mode) {
	}

}
