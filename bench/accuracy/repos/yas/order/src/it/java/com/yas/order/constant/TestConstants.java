package com.yas.order.constant;

public class TestConstants {
    public static final String CIRCUIT_BREAKER_NAME = "restCircuitBreaker";
}
