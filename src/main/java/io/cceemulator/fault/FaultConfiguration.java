package io.cceemulator.fault;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.cceemulator.system.CallAttributes;

/** Applies call faults to the emulated APIs after authentication, before the handler. */
@Configuration(proxyBeanMethods = false)
class FaultConfiguration implements WebMvcConfigurer {

	private final FaultRegistry faults;

	FaultConfiguration(FaultRegistry faults) {
		this.faults = faults;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws InterruptedException {
				FaultConfiguration.this.faults.beforeCall(CallAttributes.operation(request), request.getMethod(),
						request.getRequestURI());
				return true;
			}
		}).addPathPatterns("/api/**", "/v3/**").order(Ordered.HIGHEST_PRECEDENCE + 100);
	}

}
