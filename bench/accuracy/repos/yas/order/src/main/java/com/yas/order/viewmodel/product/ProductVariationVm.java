package com.yas.order.viewmodel.product;

public record ProductVariationVm(Long id, String name, String sku) {
}
