package io.cceemulator.auth;

import java.util.List;

/**
 * The {@code credentials} section of the data file: AK/SK pairs, IAM users and ready-made tokens, each bound to the
 * ids of the projects it may call. {@link Credentials#of} checks it. The secrets stay out of {@code toString()}.
 */
public record CredentialsData(List<AccessKeyData> accessKeys, List<UserData> users, List<TokenData> tokens) {

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
