package uk.gov.hmcts.reform.userprofileapi.domain.enums;

public enum IdentifierName {

    EMAIL, UUID, UUID_LIST;
}
