package com.yas.order.viewmodel.customer;

public record CustomerVm(String username, String email, String firstName, String lastName) {
}
