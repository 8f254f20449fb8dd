package net.chrisrichardson.ftgo.consumerservice.domain;

import io.eventuate.tram.events.common.DomainEvent;

public class ConsumerCreated implements DomainEvent {
}
