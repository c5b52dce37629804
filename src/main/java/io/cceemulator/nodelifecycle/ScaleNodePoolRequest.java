package io.cceemulator.nodelifecycle;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * ScaleNodePool's body (the SDK's ScaleNodePoolRequestBody): the pool's node count to reach, and the scale groups to
 * reach it in; a pool here has only its {@code default} group. {@code options} are accepted and not kept.
 */
record ScaleNodePoolRequest(String kind, String apiVersion, @NotNull(message = "is required") @Valid Spec spec) {

	static final String DEFAULT_GROUP = "default";

	record Spec(@NotNull(message = "is required") @Min(value = 0,
			message = "must be 0 or more") Integer desiredNodeCount,
			@NotNull(message = "is required") List<@NotNull(message = "must be a string") String> scaleGroups) {
	}

}
