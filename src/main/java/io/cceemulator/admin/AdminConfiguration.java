package io.cceemulator.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.cceemulator.EmulatorProperties;

@Configuration(proxyBeanMethods = false)
class AdminConfiguration implements WebMvcConfigurer {

	private final EmulatorProperties properties;

	AdminConfiguration(EmulatorProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AdminAccess(this.properties.admin()))
			.addPathPatterns("/__admin/**")
			.order(Ordered.HIGHEST_PRECEDENCE);
	}

}
