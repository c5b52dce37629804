package io.cceemulator.nodelifecycle;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import io.cceemulator.error.CceException;
import io.cceemulator.state.DockerLvmConfig;
import io.cceemulator.state.Image;
import io.cceemulator.state.ProjectState;

/**
 * The request rules every reinstall shares (MigrateNode, AddNode, ResetNode), which Bean Validation cannot express.
 * Each refusal names the field as the request spelled it ({@code where}) and the rule.
 */
public final class InstallChecks {

	public static final int MAX_SCRIPTS_LENGTH = 10_240;

	/** A SHA-512 crypt string, {@code $6$[rounds=N$]salt$hash}, as Huawei's salting guide produces. */
	private static final Pattern SHA512_CRYPT = Pattern
		.compile("\\$6\\$(rounds=\\d{4,9}\\$)?[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{86}");

	private InstallChecks() {
	}

	/**
	 * A key pair or a password, exactly one. {@code hasPassword} is whether a userPassword was given at all; the
	 * callers decide that, since Terraform's Go SDK sends an empty one beside a key pair.
	 */
	public static void login(String where, String sshKey, boolean hasPassword, String username, String password) {
		boolean key = sshKey != null;
		if (key == hasPassword) {
			throw CceException.invalid(where + ": exactly one of sshKey and userPassword is required");
		}
		if (key && sshKey.isBlank()) {
			throw CceException.invalid(where + ".sshKey: must not be empty");
		}
		if (hasPassword) {
			if (username != null && username.isBlank()) {
				throw CceException.invalid(where + ".userPassword.username: must not be empty (default is root)");
			}
			if (!isSaltedPassword(password)) {
				throw CceException.invalid(where + ".userPassword.password: must be the salted password, Base64 of a "
						+ "SHA-512 crypt string ($6$salt$hash), not plain text");
			}
		}
	}

	public static boolean isSaltedPassword(String value) {
		if (value == null) {
			return false;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
			return SHA512_CRYPT.matcher(decoded).matches();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Pre- and post-install scripts: each Base64, both together at most {@value #MAX_SCRIPTS_LENGTH} characters. */
	public static void scripts(String where, String preField, String pre, String postField, String post) {
		int length = base64(where + "." + preField, pre) + base64(where + "." + postField, post);
		if (length > MAX_SCRIPTS_LENGTH) {
			throw CceException.invalid(where + ": " + preField + " and " + postField + " together are " + length
					+ " characters, over the limit of " + MAX_SCRIPTS_LENGTH);
		}
	}

	/** A DockerLVMConfigOverride string (the lvmConfig of a reinstall), with each key's rule. */
	public static void lvm(String field, String value) {
		if (value == null) {
			return;
		}
		try {
			DockerLvmConfig.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw CceException.invalid(field + ": " + ex.getMessage());
		}
	}

	/** The project's private image, which must exist. */
	public static Image image(ProjectState project, String field, String imageId) {
		return project.image(imageId)
			.orElseThrow(() -> CceException.invalid(field + ": image " + imageId + " does not exist"));
	}

	/** MigrateNode's rule: with a custom image, {@code os} must name the image's OS. */
	public static void imageOs(Image image, String osField, String os) {
		if (!image.os().equals(os)) {
			throw CceException.invalid(osField + ": must equal the OS of image " + image.id() + " ('" + image.os()
					+ "') when alpha.cce/NodeImageID is set, got '" + os + "'");
		}
	}

	private static int base64(String field, String value) {
		if (value == null) {
			return 0;
		}
		try {
			Base64.getDecoder().decode(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			throw CceException.invalid(field + ": must be Base64-encoded (echo -n 'script' | base64)");
		}
		return value.length();
	}

}
