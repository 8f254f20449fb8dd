package com.yas.customer.constant;

public class TestConstants {
    public static final String CIRCUIT_BREAKER_NAME = "restCircuitBreaker";
}
