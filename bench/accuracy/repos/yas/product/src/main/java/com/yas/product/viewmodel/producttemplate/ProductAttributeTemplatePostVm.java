package com.yas.product.viewmodel.producttemplate;

public record ProductAttributeTemplatePostVm(
        Long productAttributeId,
        Integer displayOrder
) {
}
