package uk.gov.ons.ctp.response.casesvc.utility;

/** Constants used across the service */
public class Constants {
  public static final String QUESTIONNAIRE_RESPONSE = "Questionnaire response";
  public static final String SYSTEM = "SYSTEM";
  public static final String USER = "USER";
}
