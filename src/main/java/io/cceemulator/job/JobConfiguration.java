package io.cceemulator.job;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every CCE API call first settles the job transitions due by now, so it sees exactly the state the clock says. */
@Configuration(proxyBeanMethods = false)
class JobConfiguration implements WebMvcConfigurer {

	private final JobEngine jobs;

	JobConfiguration(JobEngine jobs) {
		this.jobs = jobs;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				JobConfiguration.this.jobs.settle();
				return true;
			}
		}).addPathPatterns("/api/**");
	}

}
