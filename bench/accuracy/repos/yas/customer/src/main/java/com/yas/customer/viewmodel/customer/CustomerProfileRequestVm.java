package com.yas.customer.viewmodel.customer;

public record CustomerProfileRequestVm(String firstName, String lastName, String email) {

}
