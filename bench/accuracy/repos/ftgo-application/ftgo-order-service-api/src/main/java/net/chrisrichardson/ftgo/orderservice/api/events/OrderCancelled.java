package net.chrisrichardson.ftgo.orderservice.api.events;

import io.eventuate.tram.events.common.DomainEvent;
import net.chrisrichardson.ftgo.orderservice.api.events.OrderDomainEvent;

public class OrderCancelled implements OrderDomainEvent {
}
