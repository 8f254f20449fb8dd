namespace ShoppingCart;

public record Anchor();
