package io.cceemulator;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;


/**
 * Every setting of the emulator, bound from {@code emulator.*} (or {@code EMULATOR_*} environment variables). The
 * defaults here are the only ones; {@code docs/configuration.md} lists them all and a test keeps it in step.
 *
 * @param data where the data the emulator starts with comes from
 * @param jobs how long each phase of an asynchronous job lasts
 * @param auth how the CCE API authenticates callers
 * @param clock the mode and speed of the emulator's clock at start and after a reset
 * @param admin who may use the admin API
 * @param persistence whether and where the state is kept across restarts
 * @param limits how much one request may ask of the emulator
 * @param journal how many calls the request journal keeps
 * @param launch hooks for a process that runs the emulator as its child, such as the JUnit library
 * @param quotas how much each project may create
 */
@ConfigurationProperties("emulator")
public record EmulatorProperties(@DefaultValue Data data, @DefaultValue Jobs jobs, @DefaultValue Auth auth,
		@DefaultValue Clock clock, @DefaultValue Admin admin, @DefaultValue Persistence persistence,
		@DefaultValue Limits limits, @DefaultValue Journal journal, @DefaultValue Launch launch,
		@DefaultValue Quotas quotas) {

	/** @param location a file path or {@code classpath:} URL of a data file; empty means the embedded default data */
	public record Data(@DefaultValue("") String location) {
	}

	/**
	 * Phase durations of a job: short by default, so that a polling client sees {@code Running}. The newest
	 * {@code retainFinished} finished jobs of each project are kept (older ones are forgotten, as the cloud forgets old
	 * jobs), so a long-running sandbox stays bounded.
	 *
	 * @param initializing how long a job is {@code Initializing}
	 * @param running how long a job is {@code Running}
	 * @param retainFinished how many finished jobs each project keeps
	 * @param instant the old switch for {@code emulator.clock.mode=instant}, which it sets when true
	 */
	public record Jobs(@DefaultValue("1s") Duration initializing, @DefaultValue("3s") Duration running,
			@DefaultValue("50000") int retainFinished, @DefaultValue("false") boolean instant) {

		@Override
		@Deprecated(since = "0.1.0")
		@DeprecatedConfigurationProperty(replacement = "emulator.clock.mode", reason = "one switch: clock mode instant")
		public boolean instant() {
			return this.instant;
		}

	}

	/**
	 * How the API gateway in front of CCE authenticates callers.
	 *
	 * @param mode strict: signatures, dates, tokens, expiry and projects checked; lenient: any well-formed signature
	 * or non-empty token, for the project in the path; off: no checks
	 * @param dateWindow how far {@code X-Sdk-Date} may lie from the emulator's clock, either way
	 * @param tokenLifetime how long a token issued by {@code POST /v3/auth/tokens} is valid
	 * @param maxSignedBody the largest body of an AK/SK-signed request (it is hashed in memory)
	 */
	public record Auth(@DefaultValue("strict") AuthMode mode, @DefaultValue("15m") Duration dateWindow,
			@DefaultValue("24h") Duration tokenLifetime, @DefaultValue("1MB") DataSize maxSignedBody) {

	}

	public enum AuthMode {

		/** Signatures, dates, tokens, their expiry and their projects are all checked. */
		STRICT,

		/** Any well-formed signature or non-empty token is accepted, for the project in the path. */
		LENIENT,

		/** No checks at all. */
		OFF

	}

	/**
	 * The emulator's clock, which every job phase, timestamp and token expiry reads.
	 *
	 * @param mode real: follows the system clock at {@code speed}; manual: stands still until advanced through the
	 * admin API; instant: like real, and every job finishes within the call that starts it
	 * @param speed how fast a real clock runs, e.g. 60 for a minute per second
	 */
	public record Clock(@DefaultValue("real") ClockMode mode, @DefaultValue("1.0") double speed) {
	}

	public enum ClockMode {

		/** Follows the system clock from where it stands, at its speed. */
		REAL,

		/** Stands still until advanced. */
		MANUAL,

		/** Runs like real, and every job finishes within the call that starts it. */
		INSTANT

	}

	/**
	 * @param token when set, every admin call must carry it ({@code X-Admin-Token} or {@code Authorization: Bearer})
	 * @param allowRemote without a token the admin API answers loopback clients only, unless this is true
	 */
	public record Admin(@DefaultValue("") String token, @DefaultValue("false") boolean allowRemote) {
	}

	/**
	 * @param enabled every accepted change is written (and fsync'd) to {@code directory/state.log} before anyone sees
	 * it, and replayed at start-up
	 * @param directory where {@code state.log} is kept
	 * @param recover refuse: a damaged state file stops the start; truncate: the records before the damage are kept
	 */
	public record Persistence(@DefaultValue("false") boolean enabled, @DefaultValue("./state") String directory,
			@DefaultValue("refuse") Recover recover) {
	}

	public enum Recover {

		/** A damaged state file stops the start, with how to recover. */
		REFUSE,

		/** The records before the damage are kept, the rest dropped. */
		TRUNCATE

	}

	/**
	 * @param maxBody a request body of the cloud APIs over this is refused with 413
	 * @param maxAdminBody a request body of the admin API (a data load) over this is refused with 413
	 * @param bodyReadTimeout a body not all there this long after the request began is refused with 400; keep it
	 * below {@code server.tomcat.connection-timeout}, which otherwise closes a stalled body's connection unanswered
	 * @param maxJsonDepth JSON nested deeper than this is refused with 400
	 */
	public record Limits(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("64MB") DataSize maxAdminBody,
			@DefaultValue("15s") Duration bodyReadTimeout, @DefaultValue("64") int maxJsonDepth) {
	}

	/**
	 * @param maxEntries the journal keeps the newest this many calls
	 * @param maxBytes at most this much of the calls' bodies is kept, the oldest forgotten first
	 */
	public record Journal(@DefaultValue("1000") int maxEntries, @DefaultValue("16MB") DataSize maxBytes) {
	}

	/** The clock's mode at start and after a reset: the old {@code emulator.jobs.instant=true} means instant. */
	@SuppressWarnings("deprecation")
	public ClockMode clockMode() {
		return this.jobs.instant() ? ClockMode.INSTANT : this.clock.mode();
	}

	/**
	 * @param portFile once the emulator is ready to serve, its HTTP port is written to this file (atomically, so a
	 * reader never sees half of it); empty for none
	 * @param exitWithParent the emulator exits when its standard input ends: the launcher keeps that pipe open, and
	 * the system closes it when the launcher dies, even by {@code kill -9}, so no emulator outlives it
	 */
	public record Launch(@DefaultValue("") String portFile, @DefaultValue("false") boolean exitWithParent) {
	}

	/**
	 * @param clusters how many clusters a project may hold; CreateCluster beyond it is refused with
	 * {@code CCE.01400007}
	 */
	public record Quotas(@DefaultValue("50") int clusters) {
	}

}
