package com.yas.product.constants;

public class PageableConstant {

    public static final String DEFAULT_PAGE_SIZE = "10";
    public static final String DEFAULT_PAGE_NUMBER = "0";
}
