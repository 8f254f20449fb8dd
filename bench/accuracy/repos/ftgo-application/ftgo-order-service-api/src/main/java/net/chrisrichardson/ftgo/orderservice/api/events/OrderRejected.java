package net.chrisrichardson.ftgo.orderservice.api.events;

public class OrderRejected implements OrderDomainEvent {
}
