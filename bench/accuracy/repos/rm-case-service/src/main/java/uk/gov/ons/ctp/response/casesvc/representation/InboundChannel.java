package uk.gov.ons.ctp.response.casesvc.representation;

/** Inbound channel model */
public enum InboundChannel {
  OFFLINE,
  ONLINE
}
