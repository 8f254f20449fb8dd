package net.chrisrichardson.ftgo.deliveryservice.api.web;

public enum DeliveryState {
  CANCELLED, SCHEDULED, PENDING
}
