package com.example.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DemoApplication {

	public static void main(String[] args) {
		SpringApplication.run(DemoApplication.class, args);
	}

	@Bean
	ClusterDirectory clusterDirectory(CceSettings settings) {
		return new ClusterDirectory(RestClient.builder()
			.baseUrl(settings.endpoint() + "/api/v3/projects/" + settings.projectId())
			.defaultHeader("X-Auth-Token", settings.token())
			.build());
	}

}
