package com.yas.product.viewmodel.productattribute;

public record ProductAttributeValuePostVm(Long productId, Long productAttributeId, String value) {
}
