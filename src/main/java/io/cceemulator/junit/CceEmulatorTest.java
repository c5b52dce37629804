package io.cceemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a CCE emulator started inside the test JVM on a free port. Declare a
 * {@link CceEmulator} parameter (constructor, test, lifecycle method) to get its URL, credentials and admin API.
 * Every test starts from the default data, no faults, an empty journal and the clock in its start-up mode.
 * <p>
 * Test classes with the same {@link #properties()} share one emulator for the whole JVM, so tests using it must not
 * run concurrently.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(CceEmulatorExtension.class)
public @interface CceEmulatorTest {

	/**
	 * Settings of this emulator as {@code key=value}, e.g. {@code "emulator.jobs.instant=true"} or
	 * {@code "emulator.auth.mode=lenient"}; the order does not matter.
	 */
	String[] properties() default {};

}
