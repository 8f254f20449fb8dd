package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum ResponseSource {
    EXUI,API,SYNC
}
