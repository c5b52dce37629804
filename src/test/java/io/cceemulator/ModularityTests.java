package io.cceemulator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top-level packages are modules: no cycle between them, no reach into another's sub-packages or package-private
 * types (Spring Modulith's verify), and the arrows the architecture promises: the state core, the error writer and
 * the request pipeline know no feature, and nothing depends on the admin API.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(CceEmulatorApplication.class);

	@Test
	void hasNoCycleAndNoReachIntoAnotherModulesInternals() {
		MODULES.verify();
	}

	@Test
	void keepsTheStateCoreTheErrorWriterAndThePipelineFreeOfFeatures() {
		assertThat(dependencies("state")).isSubsetOf("system");
		assertThat(dependencies("error")).isSubsetOf("web", "state", "system");
		assertThat(dependencies("web")).isSubsetOf("system");
		assertThat(dependencies("system")).isEmpty();
	}

	@Test
	void letsNothingDependOnTheAdminApi() {
		MODULES.forEach((module) -> assertThat(dependencies(module.getIdentifier().toString()))
			.as(module.getIdentifier().toString())
			.doesNotContain("admin"));
	}

	private static List<String> dependencies(String name) {
		ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
		return module.getDirectDependencies(MODULES)
			.uniqueModules()
			.map((m) -> m.getIdentifier().toString())
			.toList();
	}

}
