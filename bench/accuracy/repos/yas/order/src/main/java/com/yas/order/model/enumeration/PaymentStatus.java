package com.yas.order.model.enumeration;

public enum PaymentStatus {
    PENDING,
    COMPLETED,
    CANCELLED
}
