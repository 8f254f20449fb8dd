package com.yas.commonlibrary.exception;

public class CreateGuestUserException extends RuntimeException {
    public CreateGuestUserException(final String message) {
        super(message);
    }
}
