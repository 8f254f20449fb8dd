package com.yas.product.model.enumeration;

public enum FilterExistInWhSelection {
    ALL, YES, NO;
}
