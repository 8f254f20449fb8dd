package uk.gov.hmcts.reform.userprofileapi.resource;

public interface RequestData {
}
