package net.chrisrichardson.ftgo.orderservice.api;

public class OrderServiceChannels {
  public static final String COMMAND_CHANNEL = "orderService";
  public static final String ORDER_EVENT_CHANNEL = "net.chrisrichardson.ftgo.orderservice.domain.Order";

}
