package uk.gov.ons.ctp.response.casesvc.domain.model;

/** Domain model object */
public interface CaseProjection {

  /**
   * Returns case Id
   *
   * @return caseid
   */
  Integer getCaseId();
}
