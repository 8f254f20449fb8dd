package com.polarbookshop.dispatcherservice;

public record OrderDispatchedMessage (
		Long orderId
){}
