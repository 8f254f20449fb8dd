package com.yas.order.viewmodel.checkout;

public record CheckoutPaymentMethodPutVm(String paymentMethodId) {
}
