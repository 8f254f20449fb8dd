package uk.gov.hmcts.reform.userprofileapi.exception;

public class UndefinedException extends RuntimeException {

    public UndefinedException(String message) {
        super(message);
    }
}
