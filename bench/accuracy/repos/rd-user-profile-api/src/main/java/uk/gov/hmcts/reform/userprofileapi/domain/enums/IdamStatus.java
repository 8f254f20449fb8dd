package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum IdamStatus {
    ACTIVE,PENDING,SUSPENDED,DELETED
}

