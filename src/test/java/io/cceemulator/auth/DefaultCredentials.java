package io.cceemulator.auth;

import java.util.List;

/** The fake credentials of the embedded default data (src/main/resources/default-data.json). */
public final class DefaultCredentials {

	public static final String AK = "EMULATORAKPROJECTA01";

	public static final String SK = "EmulatorSecretKeyOfProjectA0000000000000";

	public static final String AK_B = "EMULATORAKPROJECTB01";

	public static final String SK_B = "EmulatorSecretKeyOfProjectB0000000000000";

	public static final String TOKEN = "emulator-token";

	public static final String TOKEN_B = "emulator-token-b";

	public static final String DOMAIN = "emulator-domain";

	public static final String USER = "emulator-user";

	public static final String PASSWORD = "Emulator-Passw0rd";

	public static final String USER_B = "team-b-user";

	public static final String PASSWORD_B = "TeamB-Passw0rd";

	/** What must never leave the emulator in a response, a log line or the signature-failure list. */
	public static final List<String> SECRETS = List.of(SK, SK_B, PASSWORD, PASSWORD_B, TOKEN, TOKEN_B);

	private DefaultCredentials() {
	}

}
