package com.yas.product.viewmodel.product;

public record ProductThumbnailVm(long id, String name, String slug, String thumbnailUrl) {
}
