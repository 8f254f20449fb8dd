package uk.gov.ons.ctp.response.collection.exercise.service;

public class SampleSummaryValidationException extends Exception {
  public SampleSummaryValidationException(Throwable cause) {
    super(cause);
  }
}
