package net.chrisrichardson.ftgo.deliveryservice.api.web;

public enum DeliveryActionType { PICKUP, DROPOFF
}
