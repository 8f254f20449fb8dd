package net.chrisrichardson.ftgo.deliveryservice.domain;

import net.chrisrichardson.ftgo.common.Address;

public class DeliveryServiceTestData {
  public static final Address PICKUP_ADDRESS =
          new Address("1 Main Street", "Suite 501", "Oakland", "CA", "94612");
  public static final Address DELIVERY_ADDRESS =
          new Address("1 Quiet Street", "Apartment 101", "Oakland", "CA", "94612");
}
