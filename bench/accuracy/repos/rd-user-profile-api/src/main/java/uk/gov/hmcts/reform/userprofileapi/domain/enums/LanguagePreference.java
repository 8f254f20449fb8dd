package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum LanguagePreference {
    CY, EN
}
