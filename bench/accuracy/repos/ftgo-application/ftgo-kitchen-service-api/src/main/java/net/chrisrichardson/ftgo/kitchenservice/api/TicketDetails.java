package net.chrisrichardson.ftgo.kitchenservice.api;

import org.apache.commons.lang.builder.ToStringBuilder;

import java.util.List;

public class TicketDetails {
  private List<TicketLineItem> lineItems;

  public TicketDetails() {
  }

  public TicketDetails(List<TicketLineItem> lineItems) {
    this.lineItems = lineItems;
  }

  public List<TicketLineItem> getLineItems() {
    return lineItems;
  }

  public void setLineItems(List<TicketLineItem> lineItems) {
    this.lineItems = lineItems;
  }

  @Override
  public String toString() {
    return ToStringBuilder.reflectionToString(this);
  }
}
