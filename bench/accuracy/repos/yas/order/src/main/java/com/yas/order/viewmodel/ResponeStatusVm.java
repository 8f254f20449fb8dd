package com.yas.order.viewmodel;

public record ResponeStatusVm(String title, String message, String statusCode) {
}
