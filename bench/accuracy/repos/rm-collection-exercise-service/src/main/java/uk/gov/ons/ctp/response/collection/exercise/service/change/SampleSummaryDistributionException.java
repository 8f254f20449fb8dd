package uk.gov.ons.ctp.response.collection.exercise.service.change;

public class SampleSummaryDistributionException extends Exception {
  public SampleSummaryDistributionException(Throwable cause) {
    super(cause);
  }
}
