package uk.gov.ons.ctp.response.lib.dto;

/** Represents OutboundChannel options */
public enum OutboundChannel {
  SMS,
  POST
}
