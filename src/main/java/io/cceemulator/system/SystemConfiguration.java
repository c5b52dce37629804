package io.cceemulator.system;

import java.time.Clock;
import java.util.List;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import io.cceemulator.EmulatorProperties;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import com.fasterxml.jackson.annotation.JsonInclude;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	@Bean
	VirtualClock clock(EmulatorProperties properties) {
		return new VirtualClock(Clock.systemUTC(), properties.clockMode(), properties.clock().speed());
	}

	/**
	 * Spring Boot's builder on a parser that refuses JSON nested deeper than {@code emulator.limits.max-json-depth}
	 * (a CCE body is six levels deep; the admin data format ten), then every customizer, as Boot applies them.
	 */
	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers,
			EmulatorProperties properties) {
		int maxDepth = properties.limits().maxJsonDepth();
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
			.build();
		JsonMapper.Builder builder = JsonMapper.builder(factory);
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * Tomcat answers {@code Expect: 100-continue} before the request reaches us, so a client that asks first still
	 * streams a body we then refuse (413), and past what Tomcat drains (2 MB) the connection closes under it: a broken
	 * pipe instead of the answer. Sending the 100 only when the body is read lets such a client hear the 413 first.
	 */
	@Bean
	TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
		return (connector) -> connector.setProperty("continueResponseTiming", "onRead");
	}

	/**
	 * Connections are not counted: Tomcat's default stops accepting at 8,192, so idle connections (which hold no
	 * thread) locked every later client out until they timed out; the operating system's descriptor limit bounds them
	 * instead. Spring Boot's {@code server.tomcat.max-connections} takes positive values only, and sets its default
	 * on the connector, so this runs after Boot's customizer.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> uncountedConnections() {
		return (factory) -> factory
			.addConnectorCustomizers((connector) -> connector.setProperty("maxConnections", "-1"));
	}

	/**
	 * CCE is written in Go, whose JSON decoder refuses a number where a string is expected and vice versa, so
	 * Jackson's lenient coercions are switched off; duplicate keys are refused rather than silently overwritten.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.withCoercionConfig(LogicalType.Textual, (config) -> config.setCoercion(CoercionInputShape.Integer,
					CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.changeDefaultPropertyInclusion((incl) -> incl.withValueInclusion(JsonInclude.Include.NON_NULL));
	}

}
