package com.yas.product.constant;

public class TestConstants {
    public static final String CIRCUIT_BREAKER_NAME = "restCircuitBreaker";
}
