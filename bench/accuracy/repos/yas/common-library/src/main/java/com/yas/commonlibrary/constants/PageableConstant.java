package com.yas.commonlibrary.constants;

public final class PageableConstant {
    public static final String DEFAULT_PAGE_SIZE = "10";
    public static final String DEFAULT_PAGE_NUMBER = "0";

    private PageableConstant() {
        //Add constructor
    }
}
