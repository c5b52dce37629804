package io.cceemulator.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cceemulator.auth.DefaultCredentials;
import io.cceemulator.data.CredentialsData.AccessKeyData;
import io.cceemulator.data.CredentialsData.TokenData;
import io.cceemulator.data.CredentialsData.UserData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CredentialsConverterTests {

	private static final Map<String, String> PROJECTS = Map.of("p1", "cn-north-4", "p2", "cn-north-4_b");

	private static io.cceemulator.state.Credentials of(List<AccessKeyData> keys, List<UserData> users, List<TokenData> tokens) {
		return CredentialsConverter.of(new CredentialsData(keys, users, tokens), PROJECTS);
	}

	@Test
	void bindsEachCredentialToItsProjects() {
		io.cceemulator.state.Credentials credentials = of(List.of(new AccessKeyData("AK1", "secret-1", List.of("p1", "p2"))),
				List.of(new UserData("domain", "user", "password-1", List.of("p2"))),
				List.of(new TokenData("token-1", List.of("p1"))));
		assertThat(credentials.accessKeys().get(0).projects()).containsExactlyInAnyOrder("p1", "p2");
		assertThat(credentials.users().get(0).id()).hasSize(32).isEqualTo(CredentialsConverter.stableId("user/domain/user"));
		assertThat(credentials.tokens().get(0).projects()).containsExactly("p1");
	}

	@Test
	void refusesAnEntryNamingAnUnknownProjectOrNone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(List.of(new AccessKeyData("AK1", "secret-1", List.of("p3"))), null, null))
			.withMessage("credentials.accessKeys[0]: names unknown project p3");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(null, null, List.of(new TokenData("token-1", List.of()))))
			.withMessage("credentials.tokens[0]: needs at least one project");
	}

	@Test
	void refusesRepeatedOrIncompleteEntriesWithoutNamingTheSecret() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(List.of(new AccessKeyData("AK1", "secret-1", List.of("p1")),
					new AccessKeyData("AK1", "secret-2", List.of("p1"))), null, null))
			.withMessage("credentials.accessKeys[1]: access key AK1 appears twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(null, null,
					List.of(new TokenData("token-1", List.of("p1")), new TokenData("token-1", List.of("p2")))))
			.withMessage("credentials.tokens[1]: repeats an earlier token");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(null, List.of(new UserData("domain", "user", " ", List.of("p1"))), null))
			.withMessage("credentials.users[0]: needs a domain, a name and a password");
	}

	@Test
	void refusesAProjectGrantedToUsersOfTwoAccounts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> of(null, List.of(new UserData("domain-a", "user", "password-1", List.of("p1")),
					new UserData("domain-a", "other", "password-2", List.of("p1", "p2")),
					new UserData("domain-b", "user", "password-3", List.of("p2"))), null))
			.withMessage("credentials.users[2]: project p2 belongs to domain domain-a (an earlier user's), not to "
					+ "domain domain-b");
	}

	@Test
	void keepsSecretsOutOfToString() {
		io.cceemulator.state.Credentials credentials = of(List.of(new AccessKeyData("AK1", "secret-1", List.of("p1"))),
				List.of(new UserData("domain", "user", "password-1", List.of("p1"))),
				List.of(new TokenData("token-1", List.of("p1"))));
		assertThat(credentials.toString()).contains("AK1", "user").doesNotContain("secret-1", "password-1", "token-1");
		assertThat(new CredentialsData(List.of(new AccessKeyData("AK1", "secret-1", List.of())),
				List.of(new UserData("d", "u", "password-1", List.of())), List.of(new TokenData("token-1", List.of())))
			.toString()).doesNotContain("secret-1", "password-1", "token-1");
	}

	@Test
	void givesADataFileWithoutCredentialsTheFallbackTokenAndAccessKeyForEveryProject() {
		io.cceemulator.state.Credentials fallback = CredentialsConverter.fallback(PROJECTS);
		assertThat(fallback.tokens()).singleElement().satisfies((token) -> {
			assertThat(token.value()).isEqualTo(CredentialsConverter.FALLBACK_TOKEN).isEqualTo(DefaultCredentials.TOKEN);
			assertThat(token.projects()).containsExactlyInAnyOrder("p1", "p2");
		});
		assertThat(fallback.accessKeys()).singleElement().satisfies((key) -> {
			assertThat(key.accessKey()).isEqualTo(DefaultCredentials.AK);
			assertThat(key.secretKey()).isEqualTo(DefaultCredentials.SK);
			assertThat(key.projects()).containsExactlyInAnyOrder("p1", "p2");
		});
		assertThat(fallback.users()).isEmpty();
	}

}
