package net.chrisrichardson.ftgo.kitchenservice.api;

public class KitchenServiceChannels {
  public static final String COMMAND_CHANNEL = "kitchenService";
  public static final String TICKET_EVENT_CHANNEL = "net.chrisrichardson.ftgo.kitchenservice.domain.Ticket";

}
