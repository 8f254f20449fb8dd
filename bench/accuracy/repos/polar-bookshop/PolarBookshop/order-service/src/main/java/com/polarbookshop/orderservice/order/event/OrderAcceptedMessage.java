package com.polarbookshop.orderservice.order.event;

public record OrderAcceptedMessage (
		Long orderId
){}
