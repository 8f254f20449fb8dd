package net.chrisrichardson.ftgo.kitchenservice.domain;

public class ChangeLineItemQuantityCommand {
}
