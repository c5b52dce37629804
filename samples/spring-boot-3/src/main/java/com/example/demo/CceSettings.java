package com.example.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("cce")
public record CceSettings(String endpoint, String projectId, String token) {
}
