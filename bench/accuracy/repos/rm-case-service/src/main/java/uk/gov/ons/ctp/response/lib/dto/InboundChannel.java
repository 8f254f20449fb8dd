package uk.gov.ons.ctp.response.lib.dto;

/** Inbound channel model */
public enum InboundChannel {
  OFFLINE,
  ONLINE
}
