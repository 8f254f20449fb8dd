package com.yas.order.viewmodel.checkout;

public record CheckoutStatusPutVm(String checkoutId, String checkoutStatus) {
}
