package io.cceemulator.nodelifecycle;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * UpdateNodePool's body (the SDK's NodePoolUpdate). What is left out stays as it was: golangsdk leaves out
 * {@code initialNodeCount} when it is 0 and sends {@code ignoreInitialNodeCount} instead of it when asked to.
 */
record NodePoolUpdate(@Valid Metadata metadata, @NotNull(message = "is required") @Valid Spec spec) {

	record Metadata(String name) {
	}

	record Spec(@Valid Template nodeTemplate, @Min(value = 0, message = "must be 0 or more") Integer initialNodeCount,
			Boolean ignoreInitialNodeCount, @Valid NodePoolRequest.Autoscaling autoscaling) {
	}

	/** The SDK's NodeSpecUpdate, with what the emulator keeps: they apply to nodes the pool makes from now on. */
	record Template(List<ReinstallNodeSpec.@NotNull(message = "must be an object") @Valid Taint> taints,
			Map<String, String> k8sTags,
			List<NodeCreateRequest.@NotNull(message = "must be an object") @Valid UserTag> userTags) {
	}

}
