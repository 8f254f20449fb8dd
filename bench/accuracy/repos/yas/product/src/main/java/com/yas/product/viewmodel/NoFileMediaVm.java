package com.yas.product.viewmodel;

public record NoFileMediaVm(Long id, String caption, String fileName, String mediaType, String url) {
}
