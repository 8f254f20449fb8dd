package net.chrisrichardson.ftgo.restaurantservice;

public class RestaurantServiceChannels {

  public static final String RESTAURANT_EVENT_CHANNEL = "net.chrisrichardson.ftgo.restaurantservice.domain.Restaurant";
}
