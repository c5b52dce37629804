package io.cceemulator.migration;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cceemulator.error.CceException;
import io.cceemulator.migration.MigrateNodesTask.Login;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodeExtendParam;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodesSpec;
import io.cceemulator.state.DockerLvmConfig;
import io.cceemulator.state.Image;
import io.cceemulator.state.ProjectState;

/**
 * The request rules that Bean Validation cannot express, checked after the shape and before any cluster is looked
 * at, in the order of the fields on the API page. Each failure names the field and the rule.
 */
@Component
class MigrateRequestValidator {

	static final int MAX_SCRIPTS_LENGTH = 10_240;

	/** A SHA-512 crypt string, {@code $6$[rounds=N$]salt$hash}, as Huawei's salting guide produces. */
	private static final Pattern SHA512_CRYPT = Pattern
		.compile("\\$6\\$(rounds=\\d{4,9}\\$)?[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{86}");

	void validate(ProjectState project, MigrateNodesTask task) {
		if (task.apiVersion() != null && !"v3".equals(task.apiVersion())) {
			throw CceException.invalid("apiVersion: must be v3, got '" + task.apiVersion() + "'");
		}
		if (task.kind() != null && !"MigrateNodesTask".equals(task.kind())) {
			throw CceException.invalid("kind: must be MigrateNodesTask, got '" + task.kind() + "'");
		}
		MigrateNodesSpec spec = task.spec();
		if (spec.extendParam() != null) {
			validateExtendParam(project, spec.os(), spec.extendParam());
		}
		validateLogin(spec.login());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < spec.nodes().size(); i++) {
			String uid = spec.nodes().get(i).uid();
			if (!seen.add(uid)) {
				throw CceException.invalid("spec.nodes[" + i + "].uid: node " + uid + " is listed more than once");
			}
		}
	}

	private static void validateExtendParam(ProjectState project, String os, MigrateNodeExtendParam extend) {
		if (extend.dockerLvmConfigOverride() != null) {
			try {
				DockerLvmConfig.parse(extend.dockerLvmConfigOverride());
			}
			catch (IllegalArgumentException ex) {
				throw CceException.invalid("spec.extendParam.DockerLVMConfigOverride: " + ex.getMessage());
			}
		}
		int scripts = checkBase64("alpha.cce/preInstall", extend.preInstall())
				+ checkBase64("alpha.cce/postInstall", extend.postInstall());
		if (scripts > MAX_SCRIPTS_LENGTH) {
			throw CceException.invalid("spec.extendParam: alpha.cce/preInstall and alpha.cce/postInstall together are "
					+ scripts + " characters, over the limit of " + MAX_SCRIPTS_LENGTH);
		}
		if (extend.nodeImageId() != null) {
			Image image = project.image(extend.nodeImageId())
				.orElseThrow(() -> CceException.invalid("spec.extendParam.alpha.cce/NodeImageID: image "
						+ extend.nodeImageId() + " does not exist"));
			if (!image.os().equals(os)) {
				throw CceException.invalid("spec.os: must equal the OS of image " + image.id() + " ('" + image.os()
						+ "') when alpha.cce/NodeImageID is set, got '" + os + "'");
			}
		}
	}

	private static int checkBase64(String field, String value) {
		if (value == null) {
			return 0;
		}
		try {
			Base64.getDecoder().decode(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			throw CceException.invalid("spec.extendParam." + field + ": must be Base64-encoded (echo -n 'script' | base64)");
		}
		return value.length();
	}

	private static void validateLogin(Login login) {
		boolean key = login.sshKey() != null;
		boolean password = login.userPassword() != null;
		if (key == password) {
			throw CceException.invalid("spec.login: exactly one of sshKey and userPassword is required");
		}
		if (key && login.sshKey().isBlank()) {
			throw CceException.invalid("spec.login.sshKey: must not be empty");
		}
		if (password) {
			String username = login.userPassword().username();
			if (username != null && username.isBlank()) {
				throw CceException.invalid("spec.login.userPassword.username: must not be empty (default is root)");
			}
			if (!isSaltedPassword(login.userPassword().password())) {
				throw CceException.invalid("spec.login.userPassword.password: must be the salted password, Base64 of a "
						+ "SHA-512 crypt string ($6$salt$hash), not plain text");
			}
		}
	}

	static boolean isSaltedPassword(String value) {
		try {
			String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
			return SHA512_CRYPT.matcher(decoded).matches();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
