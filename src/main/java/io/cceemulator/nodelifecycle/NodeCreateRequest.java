package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.cceemulator.state.Cluster;
import io.cceemulator.state.Node;

/**
 * CreateNode's body (the SDK's NodeCreateRequest), with the fields the emulator keeps; the others (publicIP, storage,
 * ecsGroupId, ...) are accepted and not kept. {@code login} may be left out, as karpenter's Huawei provider
 * does for a node class without one.
 */
record NodeCreateRequest(String kind, String apiVersion, @Valid Metadata metadata,
		@NotNull(message = "is required") @Valid Spec spec) {

	/** @param annotations {@code kubernetes.io/node-pool.id} puts the node in that custom pool */
	record Metadata(String name, Map<String, String> annotations) {
	}

	record Spec(@NotBlank(message = "is required") String flavor, @NotBlank(message = "is required") String az,
			String os, @Valid ReinstallNodeSpec.Login login,
			@NotNull(message = "is required") @Valid Volume rootVolume, List<@NotNull(message = "must be an object") @Valid Volume> dataVolumes,
			@Min(value = 1, message = "must be between 1 and 50") @Max(value = 50,
					message = "must be between 1 and 50") Integer count,
			List<ReinstallNodeSpec.@NotNull(message = "must be an object") @Valid Taint> taints,
			Map<String, String> k8sTags, @Valid ReinstallNodeSpec.Runtime runtime, @Valid ExtendParam extendParam,
			@Valid NodeNicSpec nodeNicSpec, List<@NotNull(message = "must be an object") @Valid UserTag> userTags) {

		/** The OS asked for, or the data file's default. */
		String osOrDefault() {
			return (this.os != null) ? this.os : Reinstalls.DEFAULT_OS;
		}

		/** The runtime asked for, or the one CCE installs on this OS in the cluster. */
		String runtimeIn(Cluster cluster) {
			return (this.runtime != null && this.runtime.name() != null) ? this.runtime.name()
					: cluster.defaultRuntime(osOrDefault());
		}

		/** The extendParam as the node keeps it, or null without one. */
		Node.NodeExtend extend() {
			return (this.extendParam != null) ? this.extendParam.toNode() : null;
		}

	}

	/** A resource tag of the node's server; CreateNode accepts it, a node pool keeps it for its nodes. */
	record UserTag(@NotBlank(message = "is required") String key, String value) {
	}

	/** @param size GiB; CCE's own limits differ by disk and type, this only keeps sizes sane */
	record Volume(@NotBlank(message = "is required") String volumetype,
			@NotNull(message = "is required") @Min(value = 10, message = "must be between 10 and 32768") @Max(
					value = 32768, message = "must be between 10 and 32768") Integer size) {

		Node.Volume toNode() {
			return new Node.Volume(this.volumetype, this.size);
		}

	}

	record ExtendParam(@Min(value = 16, message = "must be between 16 and 256") @Max(value = 256,
			message = "must be between 16 and 256") Integer maxPods,
			@JsonProperty("DockerLVMConfigOverride") String dockerLvmConfigOverride,
			@JsonProperty("alpha.cce/preInstall") String preInstall,
			@JsonProperty("alpha.cce/postInstall") String postInstall,
			@JsonProperty("alpha.cce/NodeImageID") String nodeImageId) {

		Node.NodeExtend toNode() {
			return new Node.NodeExtend(this.maxPods, this.dockerLvmConfigOverride, this.preInstall, this.postInstall,
					this.nodeImageId);
		}

	}

	record NodeNicSpec(@Valid PrimaryNic primaryNic) {
	}

	record PrimaryNic(String subnetId) {
	}

}
