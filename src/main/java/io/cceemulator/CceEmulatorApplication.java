package io.cceemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.util.ClassUtils;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CceEmulatorApplication {

	/** Spring's switch for the build-time bean definitions, read once when the context starts. */
	static final String AOT_ENABLED = "spring.aot.enabled";

	public static void main(String[] args) {
		preferAot();
		SpringApplication.run(CceEmulatorApplication.class, args);
	}

	/**
	 * Runs from the jar's Spring AOT code (the pom's process-aot) unless {@code -Dspring.aot.enabled} says otherwise:
	 * a faster start and less memory (bench/startup.sh measures {@code java -jar} with and without). Only from a
	 * jar: classes in a directory ({@code ./mvnw spring-boot:run}, an IDE) may sit beside AOT code of an earlier
	 * build, which would describe other beans.
	 */
	static void preferAot() {
		if (System.getProperty(AOT_ENABLED) != null || !fromJar() || !ClassUtils.isPresent(
				CceEmulatorApplication.class.getName() + "__ApplicationContextInitializer",
				CceEmulatorApplication.class.getClassLoader())) {
			return;
		}
		System.setProperty(AOT_ENABLED, "true");
	}

	private static boolean fromJar() {
		var source = CceEmulatorApplication.class.getProtectionDomain().getCodeSource();
		return source != null && source.getLocation() != null && source.getLocation().toString().contains(".jar");
	}

}
