package com.yas.customer.utils;

public final class Constants {

    public static final class ErrorCode {
        public static final String USER_WITH_EMAIL_NOT_FOUND = "USER_WITH_EMAIL_NOT_FOUND";
        public static final String USER_WITH_USERNAME_NOT_FOUND = "USER_WITH_USERNAME_NOT_FOUND";
        public static final String WRONG_EMAIL_FORMAT = "WRONG_EMAIL_FORMAT";
        public static final String USER_NOT_FOUND = "USER_NOT_FOUND";
        public static final String USER_ADDRESS_NOT_FOUND = "USER_ADDRESS_NOT_FOUND";
        public static final String UNAUTHENTICATED = "ACTION FAILED, PLEASE LOGIN";
        public static final String USERNAME_ALREADY_EXITED = "USERNAME_ALREADY_EXITED";
        public static final String USER_WITH_EMAIL_ALREADY_EXITED = "USER_WITH_EMAIL_ALREADY_EXITED";
    }
}
