package net.chrisrichardson.ftgo.kitchenservice.api.events;

import io.eventuate.tram.events.common.DomainEvent;

public interface TicketDomainEvent extends DomainEvent {
}
