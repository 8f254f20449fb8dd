package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum UserType {
    INTERNAL, EXTERNAL
}
