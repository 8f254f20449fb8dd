package uk.gov.ons.ctp.response.casesvc.representation;

/** Represents OutboundChannel options */
public enum OutboundChannel {
  SMS,
  POST
}
