package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum UserCategory {
    PROFESSIONAL, CASEWORKER, JUDICIAL, CITIZEN
}
