package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.cceemulator.error.CceException;
import io.cceemulator.state.Cluster;
import io.cceemulator.state.Image;
import io.cceemulator.state.Node;
import io.cceemulator.state.NodePool;
import io.cceemulator.state.ProjectState;
import io.cceemulator.state.Reinstall;

/**
 * From a ReinstallNodeSpec (or a node pool's settings) to what the node is installed with, and the request rules a
 * spec must keep beyond its shape, in the order of its fields on the API page.
 */
final class Reinstalls {

	/** Node names: a lower-case letter, then lower-case letters, digits, - and . (1 to 56 characters). */
	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{0,55}");

	/** The OS a node gets when neither the request nor its pool names one (the data file's default too). */
	static final String DEFAULT_OS = "EulerOS 2.9";

	private Reinstalls() {
	}

	static void checkName(String field, String name) {
		if (name != null && !NAME.matcher(name).matches()) {
			throw CceException.invalid(field + ": '" + name + "' is not a node name: 1 to 56 characters, a lower-case "
					+ "letter first, then lower-case letters, digits, - and .");
		}
	}

	static void checkLogin(String where, ReinstallNodeSpec.Login login) {
		boolean password = login.hasPassword();
		InstallChecks.login(where, login.sshKey(), password, password ? login.userPassword().username() : null,
				password ? login.userPassword().password() : null);
	}

	/** @param where the spec's path in the request, e.g. {@code nodeList[0].spec} */
	static void check(ProjectState project, String where, ReinstallNodeSpec spec) {
		checkLogin(where + ".login", spec.login());
		checkName(where + ".name", spec.name());
		if (spec.imageId() != null) {
			InstallChecks.image(project, where + ".serverConfig.rootVolume.imageID", spec.imageId());
		}
		if (spec.volumeConfig() != null) {
			InstallChecks.lvm(where + ".volumeConfig.lvmConfig", spec.volumeConfig().lvmConfig());
		}
		if (spec.lifecycle() != null) {
			InstallChecks.scripts(where + ".lifecycle", "preInstall", spec.lifecycle().preInstall(), "postInstall",
					spec.lifecycle().postInstall());
		}
	}

	/** What the spec installs on a node of the cluster; a private image's OS wins over {@code os}, as CCE says. */
	static Reinstall of(ProjectState project, Cluster cluster, ReinstallNodeSpec spec) {
		String os = (spec.imageId() != null) ? project.image(spec.imageId()).map(Image::os).orElse(spec.os())
				: spec.os();
		String runtime = (spec.runtimeConfig() != null && spec.runtimeConfig().runtime() != null
				&& spec.runtimeConfig().runtime().name() != null) ? spec.runtimeConfig().runtime().name()
						: cluster.defaultRuntime(os);
		ReinstallNodeSpec.K8sOptions k8s = spec.k8sOptions();
		Node.NodeExtend extend = new Node.NodeExtend((k8s != null) ? k8s.maxPods() : null,
				(spec.volumeConfig() != null) ? spec.volumeConfig().lvmConfig() : null,
				(spec.lifecycle() != null) ? spec.lifecycle().preInstall() : null,
				(spec.lifecycle() != null) ? spec.lifecycle().postInstall() : null, spec.imageId());
		return new Reinstall(os, login(spec.login()), runtime, extend, (k8s != null) ? k8s.labels() : Map.of(),
				(k8s != null && k8s.taints() != null) ? k8s.taints().stream().map(Reinstalls::taint).toList()
						: List.of());
	}

	/**
	 * A node of a custom pool is installed from the pool's settings, whatever the request says ("Nodes in a node pool
	 * cannot be specified externally"); what the pool leaves open, the node keeps (a server accepted into the pool
	 * gets the data file's defaults, and CCE's default runtime).
	 *
	 * @param node the node reset, or null for a server accepted into the pool
	 */
	static Reinstall ofPool(NodePool pool, Cluster cluster, Node node) {
		String os = (pool.os() != null) ? pool.os() : (node != null) ? node.os() : DEFAULT_OS;
		String runtime = (pool.runtime() != null) ? pool.runtime() : cluster.defaultRuntime(os);
		String username = (pool.template() != null) ? pool.template().username() : null;
		Node.NodeLogin login = (pool.sshKey() != null) ? new Node.NodeLogin(pool.sshKey(), null)
				: (username != null) ? new Node.NodeLogin(null, username)
						: (node != null) ? node.login() : new Node.NodeLogin("KeyPair-001", null);
		Node.NodeExtend extend = (node != null) ? node.extend()
				: (pool.template() != null) ? pool.template().extend() : null;
		return new Reinstall(os, login, runtime, extend, pool.labels(), pool.taints());
	}

	static Node.NodeLogin login(ReinstallNodeSpec.Login login) {
		if (login.hasPassword()) {
			String username = login.userPassword().username();
			return new Node.NodeLogin(null, (username != null && !username.isEmpty()) ? username : "root");
		}
		return new Node.NodeLogin(login.sshKey(), null);
	}

	static Node.Taint taint(ReinstallNodeSpec.Taint taint) {
		return new Node.Taint(taint.key(), taint.value(), taint.effect());
	}

}
