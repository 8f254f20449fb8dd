package uk.gov.ons.ctp.response.collection.exercise.config;

import lombok.Data;
import net.sourceforge.cobertura.CoverageIgnore;

@CoverageIgnore
@Data
public class Logging {
  private boolean useJson;
}
