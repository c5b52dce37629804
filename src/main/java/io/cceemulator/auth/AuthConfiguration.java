package io.cceemulator.auth;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.cceemulator.EmulatorProperties;
import io.cceemulator.EmulatorProperties.Auth.AuthMode;

@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebMvcConfigurer {

	private final AuthInterceptor interceptor;

	AuthConfiguration(EmulatorProperties properties, CredentialRegistry credentials, SignatureFailures failures,
			Clock clock) {
		this.interceptor = new AuthInterceptor(properties.auth(), credentials, failures, clock);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// after the operation is tagged (for the journal), before fault plans and handlers
		registry.addInterceptor(this.interceptor).addPathPatterns("/api/**").order(Ordered.HIGHEST_PRECEDENCE + 1);
	}

	/** Only strict mode checks signatures, so only it needs the body in memory; it runs after the request id. */
	@Bean
	FilterRegistrationBean<SignedBodyFilter> signedBodyFilter(EmulatorProperties properties,
			@Value("${emulator.limits.body-read-timeout:30s}") Duration readTimeout) {
		FilterRegistrationBean<SignedBodyFilter> registration = new FilterRegistrationBean<>(
				new SignedBodyFilter(properties.auth().maxSignedBody().toBytes(), readTimeout));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setEnabled(properties.auth().mode() == AuthMode.STRICT);
		return registration;
	}

}
