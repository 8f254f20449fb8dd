package com.polarbookshop.dispatcherservice;

public record OrderAcceptedMessage (
		Long orderId
){}
