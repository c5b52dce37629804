package io.cceemulator.nodelifecycle;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.cceemulator.support.Bodies;

import static org.assertj.core.api.Assertions.assertThat;

class SaltedPasswordTests {

	private static String b64(String s) {
		return Base64.getEncoder().encodeToString(s.getBytes());
	}

	@Test
	void acceptsBase64OfASha512CryptString() {
		assertThat(InstallChecks.isSaltedPassword(Bodies.SALTED_PASSWORD)).isTrue();
		String withRounds = "$6$rounds=5000$abcdefgh$" + "x".repeat(86);
		assertThat(InstallChecks.isSaltedPassword(b64(withRounds))).isTrue();
	}

	@Test
	void refusesPlainTextOtherHashesAndBrokenBase64() {
		assertThat(InstallChecks.isSaltedPassword("Secret@123")).isFalse();
		assertThat(InstallChecks.isSaltedPassword(b64("Secret@123"))).isFalse();
		assertThat(InstallChecks.isSaltedPassword(b64("$1$abcdefgh$" + "x".repeat(22)))).isFalse();
		assertThat(InstallChecks.isSaltedPassword(b64("$6$abcdefgh$" + "x".repeat(85)))).isFalse();
		assertThat(InstallChecks.isSaltedPassword("%%%")).isFalse();
	}

}
