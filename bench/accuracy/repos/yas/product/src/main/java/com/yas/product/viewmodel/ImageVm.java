package com.yas.product.viewmodel;

public record ImageVm(Long id, String url) {
}
