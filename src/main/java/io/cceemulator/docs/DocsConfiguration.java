package io.cceemulator.docs;

import io.cceemulator.web.ApiSurface;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves Swagger UI's files from its webjar without their version in the path. Boot's own static and webjar
 * mappings are off ({@code spring.web.resources.add-mappings=false}) so that unknown paths stay the gateway's
 * APIGW.0101; this one handler lives under {@code /__admin}, behind the admin API's access check.
 */
@Configuration(proxyBeanMethods = false)
class DocsConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(ApiSurface.ADMIN_PREFIX + "/docs/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
