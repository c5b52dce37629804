package io.cceemulator.auth;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.cceemulator.EmulatorProperties;

@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebMvcConfigurer {

	private final EmulatorProperties properties;

	AuthConfiguration(EmulatorProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuthInterceptor(this.properties.auth()))
			.addPathPatterns("/api/**")
			.order(Ordered.HIGHEST_PRECEDENCE);
	}

}
