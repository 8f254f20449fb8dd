package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum UserProfileStatus {
    ACTIVE, INACTIVE
}
