package uk.gov.ons.ctp.response.casesvc.representation;

/** enum for Case state */
public enum CaseState {
  ACTIONABLE,
  INACTIONABLE,
  REPLACEMENT_INIT,
  SAMPLED_INIT;
}
