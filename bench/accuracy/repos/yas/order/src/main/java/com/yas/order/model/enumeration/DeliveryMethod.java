package com.yas.order.model.enumeration;

public enum DeliveryMethod {
    VIETTEL_POST, GRAB_EXPRESS, SHOPEE_EXPRESS, YAS_EXPRESS
}
