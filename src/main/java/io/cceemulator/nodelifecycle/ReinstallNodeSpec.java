package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CCE's ReinstallNodeSpec: what AddNode installs on a server and ResetNode on a node, with the SDK's field names.
 * The shape is checked here; the rules that need more than one field are in {@link Reinstalls}.
 */
record ReinstallNodeSpec(@NotBlank(message = "is required") String os,
		@NotNull(message = "is required") @Valid Login login, String name, @Valid ServerConfig serverConfig,
		@Valid VolumeConfig volumeConfig, @Valid RuntimeConfig runtimeConfig, @Valid K8sOptions k8sOptions,
		@Valid Lifecycle lifecycle, List<String> initializedConditions, ExtendParam extendParam,
		@Valid HostnameConfig hostnameConfig, @Pattern(regexp = "null|cybersecurity",
				message = "must be null or cybersecurity") String securityReinforcementType) {

	/**
	 * A key pair or a password. Terraform's Go SDK always sends {@code userPassword}, empty beside a key pair, so an
	 * empty one counts as none.
	 */
	record Login(String sshKey, UserPassword userPassword, Boolean removeUserPassword,
			@JsonProperty("removeSSHKey") Boolean removeSshKey) {

		boolean hasPassword() {
			return this.userPassword != null && !(blank(this.userPassword.username())
					&& blank(this.userPassword.password()));
		}

		private static boolean blank(String value) {
			return value == null || value.isEmpty();
		}

	}

	/** @param password Base64 of a SHA-512 crypt string; never echoed */
	record UserPassword(String username, String password) {
	}

	/** Go's SDK names the root volume {@code RootVolume} (its field has no JSON tag), the Java SDK {@code rootVolume}. */
	record ServerConfig(List<UserTag> userTags, @JsonAlias("RootVolume") RootVolume rootVolume) {
	}

	record UserTag(String key, String value) {
	}

	/** @param imageID a private image to install from; its OS wins over {@code os}, as CCE documents */
	record RootVolume(String imageID, String cmkID) {
	}

	/** @param lvmConfig a DockerLVMConfigOverride string */
	record VolumeConfig(String lvmConfig, Map<String, Object> storage) {
	}

	record RuntimeConfig(Integer dockerBaseSize, Integer containerBaseSize, @Valid Runtime runtime) {
	}

	record Runtime(@Pattern(regexp = "docker|containerd", message = "must be docker or containerd") String name) {
	}

	record K8sOptions(Map<String, String> labels, List<@NotNull(message = "must be an object") @Valid Taint> taints,
			@Min(value = 16, message = "must be between 16 and 256") @Max(value = 256,
					message = "must be between 16 and 256") Integer maxPods,
			String nicMultiqueue, String nicThreshold) {
	}

	record Taint(@NotBlank(message = "is required") String key, String value,
			@NotNull(message = "is required") @Pattern(regexp = "NoSchedule|PreferNoSchedule|NoExecute",
					message = "must be NoSchedule, PreferNoSchedule or NoExecute") String effect) {
	}

	record Lifecycle(String preInstall, String postInstall, Boolean waitPostInstallFinish) {
	}

	/** CCE's reference calls this field discarded; the image is taken from it when serverConfig names none. */
	record ExtendParam(@JsonProperty("alpha.cce/NodeImageID") String nodeImageId) {
	}

	record HostnameConfig(@Pattern(regexp = "cceNodeName|privateIp",
			message = "must be cceNodeName or privateIp") String type) {
	}

	/** The image to install from, if the request names one. */
	String imageId() {
		if (this.serverConfig != null && this.serverConfig.rootVolume() != null
				&& this.serverConfig.rootVolume().imageID() != null) {
			return this.serverConfig.rootVolume().imageID();
		}
		return (this.extendParam != null) ? this.extendParam.nodeImageId() : null;
	}

}
