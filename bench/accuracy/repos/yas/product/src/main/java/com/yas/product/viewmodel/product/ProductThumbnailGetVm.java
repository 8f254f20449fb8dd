package com.yas.product.viewmodel.product;

public record ProductThumbnailGetVm(long id, String name, String slug, String thumbnailUrl, Double price) {
}
