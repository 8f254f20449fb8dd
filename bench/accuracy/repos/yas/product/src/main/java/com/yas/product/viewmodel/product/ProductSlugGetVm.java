package com.yas.product.viewmodel.product;

public record ProductSlugGetVm(String slug, Long productVariantId) {
}
