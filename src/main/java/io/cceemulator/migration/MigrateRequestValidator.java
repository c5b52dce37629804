package io.cceemulator.migration;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cceemulator.error.CceException;
import io.cceemulator.migration.MigrateNodesTask.Login;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodeExtendParam;
import io.cceemulator.migration.MigrateNodesTask.MigrateNodesSpec;
import io.cceemulator.nodelifecycle.InstallChecks;
import io.cceemulator.state.ProjectState;

/**
 * The request rules that Bean Validation cannot express, checked after the shape and before any cluster is looked
 * at, in the order of the fields on the API page. Each failure names the field and the rule; the rules a migration
 * shares with the other reinstalls are {@link InstallChecks}.
 */
@Component
class MigrateRequestValidator {

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
		Login login = spec.login();
		InstallChecks.login("spec.login", login.sshKey(), login.userPassword() != null,
				(login.userPassword() != null) ? login.userPassword().username() : null,
				(login.userPassword() != null) ? login.userPassword().password() : null);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < spec.nodes().size(); i++) {
			String uid = spec.nodes().get(i).uid();
			if (!seen.add(uid)) {
				throw CceException.invalid("spec.nodes[" + i + "].uid: node " + uid + " is listed more than once");
			}
		}
	}

	private static void validateExtendParam(ProjectState project, String os, MigrateNodeExtendParam extend) {
		InstallChecks.lvm("spec.extendParam.DockerLVMConfigOverride", extend.dockerLvmConfigOverride());
		InstallChecks.scripts("spec.extendParam", "alpha.cce/preInstall", extend.preInstall(),
				"alpha.cce/postInstall", extend.postInstall());
		if (extend.nodeImageId() != null) {
			InstallChecks.imageOs(
					InstallChecks.image(project, "spec.extendParam.alpha.cce/NodeImageID", extend.nodeImageId()),
					"spec.os", os);
		}
	}

}
