package io.cceemulator.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Jackson's messages reach clients without Java class names or the parser's settings. */
class JsonProblemsTests {

	@Test
	void dropsJavaClassNamesFromJacksonsMessages() {
		assertThat(JsonProblems.firstLine("Cannot construct instance of `io.cceemulator.migration.MigrateNodesTask"
				+ "$MigrateNodesSpec` (although at least one Creator exists): no String-argument constructor"))
			.isEqualTo("Cannot construct instance of value: no String-argument constructor")
			.doesNotContain("io.cceemulator", "MigrateNodesTask");
	}

	@Test
	void dropsTheSettingALimitComesFrom() {
		assertThat(JsonProblems.firstLine("Document nesting depth (65) exceeds the maximum allowed (64, from "
				+ "`StreamReadConstraints.getMaxNestingDepth()`)"))
			.isEqualTo("Document nesting depth (65) exceeds the maximum allowed (64)");
	}

}
