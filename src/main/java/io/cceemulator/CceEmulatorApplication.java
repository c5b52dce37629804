package io.cceemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CceEmulatorApplication {

	public static void main(String[] args) {
		SpringApplication.run(CceEmulatorApplication.class, args);
	}

}
