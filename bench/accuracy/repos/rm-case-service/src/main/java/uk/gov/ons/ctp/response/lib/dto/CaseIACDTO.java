package uk.gov.ons.ctp.response.lib.dto;

import lombok.AllArgsConstructor;
import lombok.Data;

@Data
@AllArgsConstructor
public class CaseIACDTO {
  private String iac;
}
