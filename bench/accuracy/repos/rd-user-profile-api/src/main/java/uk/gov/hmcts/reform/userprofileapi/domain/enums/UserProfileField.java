package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum UserProfileField {
    STATUS, LANGUAGEPREFERENCE, USERTYPE, USERCATEGORY, SYNC
}
