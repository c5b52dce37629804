package io.cceemulator.junit;

/**
 * A running emulator: where it is, the default data's credentials, and its admin API (data, clock, faults,
 * journal), spoken over HTTP. {@link CceEmulatorTest} injects one for the emulator it started;
 * {@link #connect(String, String)} makes one for an emulator running elsewhere, e.g. in Docker.
 */
public final class CceEmulator {

	/** The project of the default data, which {@link #token()} and {@link #accessKey()} may call. */
	public static final String DEFAULT_PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

	public static final String DEFAULT_TOKEN = "emulator-token";

	public static final String DEFAULT_ACCESS_KEY = "EMULATORAKPROJECTA01";

	public static final String DEFAULT_SECRET_KEY = "EmulatorSecretKeyOfProjectA0000000000000";

	private final String baseUrl;

	private final AdminClient admin;

	private final EmulatorClock clock;

	private final Faults faults;

	private final Journal journal;

	private CceEmulator(String baseUrl, String adminToken) {
		this.baseUrl = baseUrl;
		this.admin = new AdminClient(baseUrl, adminToken);
		this.clock = new EmulatorClock(this.admin);
		this.faults = new Faults(this.admin);
		this.journal = new Journal(this.admin);
	}

	/** A handle on an emulator whose admin API is open to this client without a token (loopback). */
	public static CceEmulator connect(String baseUrl) {
		return connect(baseUrl, "");
	}

	/** A handle on an emulator anywhere; {@code adminToken} is its {@code emulator.admin.token}, or empty. */
	public static CceEmulator connect(String baseUrl, String adminToken) {
		String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return new CceEmulator(trimmed, (adminToken != null) ? adminToken : "");
	}

	/** E.g. {@code http://localhost:53127}: the endpoint to give a CCE client, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	public String projectId() {
		return DEFAULT_PROJECT_ID;
	}

	/** {@code <baseUrl>/api/v3/projects/<projectId>}, the prefix of every CCE path of the default project. */
	public String projectUrl() {
		return this.baseUrl + "/api/v3/projects/" + projectId();
	}

	/** For the {@code X-Auth-Token} header. */
	public String token() {
		return DEFAULT_TOKEN;
	}

	/** With {@link #secretKey()}, for an SDK's AK/SK signing. */
	public String accessKey() {
		return DEFAULT_ACCESS_KEY;
	}

	public String secretKey() {
		return DEFAULT_SECRET_KEY;
	}

	/** Back to the baseline data, with no jobs, faults or journal entries, and the clock in its start-up mode. */
	public void reset() {
		this.admin.send("POST", "/__admin/reset", null);
	}

	/**
	 * Replaces the whole state with data in the data file's format ({@code {"projects":[...]}}), until the next
	 * reset. Without a {@code credentials} section the current credentials stay.
	 */
	public void loadData(String json) {
		this.admin.send("PUT", "/__admin/data", json);
	}

	/** The current state in the data file's format (without secrets), e.g. to save as a fixture. */
	public String exportData() {
		return this.admin.call("GET", "/__admin/data", null);
	}

	public EmulatorClock clock() {
		return this.clock;
	}

	public Faults faults() {
		return this.faults;
	}

	public Journal journal() {
		return this.journal;
	}

	@Override
	public String toString() {
		return "CceEmulator[" + this.baseUrl + "]";
	}

}
