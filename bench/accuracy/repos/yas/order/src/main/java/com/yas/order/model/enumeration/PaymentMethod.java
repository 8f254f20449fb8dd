package com.yas.order.model.enumeration;

public enum PaymentMethod {
    COD, BANKING, PAYPAL
}
