package com.yas.automation.ui.constants;

public class CategoryConstants {
    public static final String CATEGORY_NAME = "Name";
    public static final String CATEGORY_SLUG = "SLug";
    public static final String CATEGORY_DESCRIPTION = "Description";
    public static final String CATEGORY_METAKEYWORDS = "MetaKeywords";
    public static final String CATEGORY_METADESCRIPTION = "MetaDescription";
}
