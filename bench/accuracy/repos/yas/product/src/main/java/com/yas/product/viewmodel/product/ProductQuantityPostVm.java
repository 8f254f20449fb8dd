package com.yas.product.viewmodel.product;

public record ProductQuantityPostVm(Long productId, Long stockQuantity) {
}
