package com.yas.product.model;

public interface ProductOptionValueSaveVm {
    Long productOptionId();
}
