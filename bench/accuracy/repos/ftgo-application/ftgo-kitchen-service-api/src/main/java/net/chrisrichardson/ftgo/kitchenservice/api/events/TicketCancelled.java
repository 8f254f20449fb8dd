package net.chrisrichardson.ftgo.kitchenservice.api.events;

public class TicketCancelled implements TicketDomainEvent {
}
