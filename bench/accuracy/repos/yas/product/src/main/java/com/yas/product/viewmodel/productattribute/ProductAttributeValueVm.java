package com.yas.product.viewmodel.productattribute;

public record ProductAttributeValueVm(String name, String value) {
}
