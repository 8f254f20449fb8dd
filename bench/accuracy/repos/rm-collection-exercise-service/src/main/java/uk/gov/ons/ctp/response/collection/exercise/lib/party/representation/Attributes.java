package uk.gov.ons.ctp.response.collection.exercise.lib.party.representation;

import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@AllArgsConstructor
@NoArgsConstructor(access = AccessLevel.PUBLIC)
public class Attributes {
  public String entrepmkr;
  public String birthdate;
  public String checkletter;
  public String rusic2007;
  public String entname1;
  public String entname2;
  public String entname3;
  public String runame1;
  public String runame2;
  public String runame3;
  public String frosic2007;
  public String frosic92;
  public String rusic92;
  public String inclexcl;
  public long froempment;
  public long cellNo;
  public String formtype;
  public String legalstatus;
  public String entref;
  public long frotover;
  public String seltype;
  public String currency;
  public String region;
  public String tradstyle1;
  public String tradstyle2;
  public String tradstyle3;
  public String name;
  public String firstName;
  public String lastName;
  public String emailAddress;
  public String telephone;
  public String ruref;
  public String sampleUnitId;
}
