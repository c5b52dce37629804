package io.cceemulator.data;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code credentials} section of the data file: AK/SK pairs, IAM users and ready-made tokens, each bound to the
 * ids of the projects it may call. {@link CredentialsConverter} checks it. The secrets stay out of {@code toString()}.
 */
public record CredentialsData(List<AccessKeyData> accessKeys, List<UserData> users, List<TokenData> tokens) {

	/** The same credentials bound only to the given projects; a credential left with none is dropped. */
	public CredentialsData restrictedTo(Set<String> projectIds) {
		return new CredentialsData(
				keep(this.accessKeys, AccessKeyData::projects,
						(a, p) -> new AccessKeyData(a.ak(), a.sk(), p), projectIds),
				keep(this.users, UserData::projects, (u, p) -> new UserData(u.domain(), u.name(), u.password(), p),
						projectIds),
				keep(this.tokens, TokenData::projects, (t, p) -> new TokenData(t.token(), p), projectIds));
	}

	private static <T> List<T> keep(List<T> items, Function<T, List<String>> projects,
			BiFunction<T, List<String>, T> rebind, Set<String> projectIds) {
		if (items == null) {
			return null;
		}
		return items.stream()
			.map((item) -> rebind.apply(item,
					(projects.apply(item) != null) ? projects.apply(item).stream().filter(projectIds::contains).toList()
							: List.of()))
			.filter((item) -> !projects.apply(item).isEmpty())
			.toList();
	}

	/** @param ak the access key id the SDK sends; @param sk its secret key */
	public record AccessKeyData(String ak, String sk, List<String> projects) {

		@Override
		public String toString() {
			return "AccessKeyData[ak=" + this.ak + ", projects=" + this.projects + "]";
		}

	}

	/** An IAM user of {@code POST /v3/auth/tokens}: account (domain) name, user name and password. */
	public record UserData(String domain, String name, String password, List<String> projects) {

		@Override
		public String toString() {
			return "UserData[domain=" + this.domain + ", name=" + this.name + ", projects=" + this.projects + "]";
		}

	}

	/** A token accepted as {@code X-Auth-Token} without being issued first; it does not expire. */
	public record TokenData(String token, List<String> projects) {

		@Override
		public String toString() {
			return "TokenData[projects=" + this.projects + "]";
		}

	}

}
