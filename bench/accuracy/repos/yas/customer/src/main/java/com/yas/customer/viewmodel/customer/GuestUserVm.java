package com.yas.customer.viewmodel.customer;

public record GuestUserVm(String userId, String email, String password) {
}
