package com.yas.order.model.enumeration;

public enum DeliveryStatus {
    PREPARING,
    DELIVERING,
    DELIVERED,
    CANCELLED
}