package net.chrisrichardson.ftgo.restaurantservice.events;

import io.eventuate.tram.events.common.DomainEvent;

public interface RestaurantDomainEvent extends DomainEvent {
}
