package com.yas.commonlibrary.constants;

public final class MessageCode {
    public static final String WAREHOUSE_NOT_FOUND = "WAREHOUSE_NOT_FOUND";
    public static final String PRODUCT_NOT_FOUND = "PRODUCT_NOT_FOUND";
    public static final String NAME_ALREADY_EXITED = "NAME_ALREADY_EXITED";

    private MessageCode() {
        //Add constructor
    }
}
