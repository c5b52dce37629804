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
	 * Kept in the root store so that every class with the same settings shares it, and closed when the run ends.
	 * A failed start is kept too: the next classes fail at once with its message instead of starting again. Plain
	 * get and put, since the store's compute methods differ between JUnit 5 and 6.
	 */
	private static CceEmulator emulator(ExtensionContext context) {
		List<String> properties = properties(context);
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		synchronized (CceEmulatorExtension.class) {
			Object running = store.get(properties);
			if (running == null) {
				try {
					running = EmulatorProcess.start(properties);
				}
				catch (RuntimeException ex) {
					running = ex;
				}
				store.put(properties, running);
			}
			if (running instanceof RuntimeException failed) {
				throw failed;
			}
			return ((EmulatorProcess) running).emulator();
		}
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
