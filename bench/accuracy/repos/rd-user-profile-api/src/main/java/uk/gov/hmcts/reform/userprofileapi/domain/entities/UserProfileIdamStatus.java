package uk.gov.hmcts.reform.userprofileapi.domain.entities;

public interface UserProfileIdamStatus {
    String getEmail();

    String getStatus();
}
