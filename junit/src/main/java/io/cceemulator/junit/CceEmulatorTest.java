package io.cceemulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the test class against a CCE emulator running in a JVM of its own on a free port. Declare a
 * {@link CceEmulator} parameter (constructor, test, lifecycle method) to get its URL, credentials and admin API.
 * Every test starts from the default data, no faults, an empty journal and the clock in its start-up mode.
 * <p>
 * Test classes with the same {@link #properties()} share one emulator for the whole test JVM, which stops when the
 * JVM does. Under JUnit's parallel execution, classes with this annotation hold the lock {@value #LOCK}: they run
 * one at a time, and their tests one after the other, while other tests run beside them.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(CceEmulatorExtension.class)
@ResourceLock(CceEmulatorTest.LOCK)
public @interface CceEmulatorTest {

	/** The resource every emulator test class locks, e.g. for {@code @ResourceLock} on a class that uses one too. */
	String LOCK = "io.cceemulator.junit.CceEmulator";

	/**
	 * Settings of this emulator as {@code key=value}, e.g. {@code "emulator.clock.mode=instant"} or
	 * {@code "emulator.auth.mode=lenient"}; the order does not matter. They are its only settings: neither the
	 * project's {@code application.properties} nor {@code EMULATOR_*}, {@code SPRING_*}, {@code SERVER_*} or
	 * {@code LOGGING_*} variables reach it.
	 */
	String[] properties() default {};

}
