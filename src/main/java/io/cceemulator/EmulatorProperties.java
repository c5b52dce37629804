package io.cceemulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of the emulator, bound from {@code emulator.*} (or {@code EMULATOR_*} environment variables).
 *
 * @param data where the data the emulator starts with comes from
 * @param jobs how long each phase of an asynchronous job lasts
 * @param auth how the CCE API authenticates callers
 * @param clock the mode and speed of the emulator's clock at start and after a reset
 * @param admin who may use the admin API
 * @param persistence whether and where the state is kept across restarts
 * @param launch hooks for a process that runs the emulator as its child, such as the JUnit library
 */
@ConfigurationProperties("emulator")
public record EmulatorProperties(@DefaultValue Data data, @DefaultValue Jobs jobs, @DefaultValue Auth auth,
		@DefaultValue ClockSettings clock, @DefaultValue Admin admin, @DefaultValue Persistence persistence,
		@DefaultValue Launch launch) {

	/** @param location a file path or {@code classpath:} URL; empty means the embedded default data */
	public record Data(@DefaultValue("") String location) {
	}

	/**
	 * Phase durations of a job. Short by default so that a polling client sees {@code Running}; {@code instant}
	 * finishes every job within the call that started it. The newest {@code retainFinished} finished jobs are kept
	 * (older ones are forgotten, as the cloud forgets old jobs), so a long-running sandbox stays bounded.
	 */
	public record Jobs(@DefaultValue("1s") Duration initializing, @DefaultValue("3s") Duration running,
			@DefaultValue("false") boolean instant, @DefaultValue("50000") int retainFinished) {

	}

	/**
	 * How the API gateway in front of CCE authenticates callers.
	 * @param mode {@code strict}, {@code lenient} or {@code off}, see {@link AuthMode}
	 * @param dateWindow how far {@code X-Sdk-Date} may lie from the emulator's clock, either way
	 * @param tokenLifetime how long a token issued by {@code POST /v3/auth/tokens} is valid
	 * @param maxSignedBody the largest body of an AK/SK-signed request (it is hashed in memory)
	 */
	public record Auth(@DefaultValue("strict") AuthMode mode, @DefaultValue("15m") Duration dateWindow,
			@DefaultValue("24h") Duration tokenLifetime, @DefaultValue("1MB") DataSize maxSignedBody) {

		public enum AuthMode {

			/** Signatures, dates, tokens, their expiry and their projects are all checked. */
			STRICT,

			/** Any well-formed signature or non-empty token is accepted, for the project in the path. */
			LENIENT,

			/** No checks at all. */
			OFF

		}

	}

	/** @param mode {@code real}, {@code manual} or {@code instant}; @param speed how fast a real clock runs */
	public record ClockSettings(@DefaultValue("real") String mode, @DefaultValue("1.0") double speed) {
	}

	/**
	 * @param token when set, every admin call must carry it ({@code X-Admin-Token} or {@code Authorization: Bearer})
	 * @param allowRemote without a token the admin API answers loopback clients only, unless this is true
	 */
	/**
	 * @param enabled every accepted change is written (and fsync'd) to {@code directory/state.log} before the call
	 * that made it returns, and replayed at start-up
	 * @param recover {@code refuse} (the default) stops the start on a damaged state file; {@code truncate} keeps
	 * the records before the damage
	 */
	public record Persistence(@DefaultValue("false") boolean enabled, @DefaultValue("./state") String directory,
			@DefaultValue("refuse") String recover) {
	}

	public record Admin(@DefaultValue("") String token, @DefaultValue("false") boolean allowRemote) {
	}

	/**
	 * @param portFile once the emulator is ready to serve, its HTTP port is written to this file (atomically, so a
	 * reader never sees half of it); empty for none
	 * @param exitWithParent the emulator exits when its standard input ends: the launcher keeps that pipe open, and
	 * the system closes it when the launcher dies, even by {@code kill -9}, so no emulator outlives it
	 */
	public record Launch(@DefaultValue("") String portFile, @DefaultValue("false") boolean exitWithParent) {
	}

}
