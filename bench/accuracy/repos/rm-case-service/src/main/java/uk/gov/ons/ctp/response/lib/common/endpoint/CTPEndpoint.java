package uk.gov.ons.ctp.response.lib.common.endpoint;

/** Just a marker interface currently */
public interface CTPEndpoint {}
