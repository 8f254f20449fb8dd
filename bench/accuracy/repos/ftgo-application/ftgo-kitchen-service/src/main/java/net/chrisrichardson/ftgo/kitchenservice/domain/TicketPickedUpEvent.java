package net.chrisrichardson.ftgo.kitchenservice.domain;

import net.chrisrichardson.ftgo.kitchenservice.api.events.TicketDomainEvent;

public class TicketPickedUpEvent implements TicketDomainEvent {
}
