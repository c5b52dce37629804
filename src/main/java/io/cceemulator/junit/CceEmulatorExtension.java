package io.cceemulator.junit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one emulator per distinct {@link CceEmulatorTest#properties()} for the whole test run, resets it before each
 * test and injects its {@link CceEmulator} handle. Usually applied through {@link CceEmulatorTest}.
 */
public class CceEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(CceEmulatorExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		emulator(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		emulator(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == CceEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return emulator(context);
	}

	/**
	 * Kept in the root store so every class with the same settings shares it, and closed when the run ends. The
	 * deprecated lookup is the one JUnit 5 has too; its replacement exists only from JUnit 6 on.
	 */
	@SuppressWarnings("deprecation")
	private static CceEmulator emulator(ExtensionContext context) {
		List<String> properties = properties(context);
		return context.getRoot()
			.getStore(NAMESPACE)
			.getOrComputeIfAbsent(properties, EmbeddedEmulator::start, EmbeddedEmulator.class)
			.emulator();
	}

	/** The settings of the nearest {@link CceEmulatorTest}, looking out from a {@code @Nested} class; sorted. */
	private static List<String> properties(ExtensionContext context) {
		Optional<Class<?>> type = context.getTestClass();
		while (type.isPresent()) {
			Optional<CceEmulatorTest> found = AnnotationSupport.findAnnotation(type.get(), CceEmulatorTest.class);
			if (found.isPresent()) {
				return Arrays.stream(found.get().properties()).map(String::trim).sorted().toList();
			}
			type = Optional.ofNullable(type.get().getEnclosingClass());
		}
		return List.of();
	}

}
