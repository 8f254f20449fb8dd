package uk.gov.ons.ctp.response.casesvc.endpoint;

import lombok.Data;

@Data
class CaseGroupEvent {

  private String event;
}
