package io.cceemulator.state;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.system.VirtualClock;

@Configuration(proxyBeanMethods = false)
class StateConfiguration {

	/** The features' job effects, the fault plans' failures and the journal's and metrics' listeners, wired once. */
	@Bean
	StateStore stateStore(VirtualClock clock, EmulatorProperties properties, List<JobEffect> effects,
			List<JobFailure.Source> failures, List<StateListener> listeners) {
		EmulatorProperties.Jobs jobs = properties.jobs();
		return new StateStore(clock,
				new StateStore.JobSettings(jobs.initializing(), jobs.running(), jobs.retainFinished()), effects,
				failures, listeners);
	}

}
