namespace ShoppingCart.Core.Dtos;

public class ProductByIdRequest
{
    public Guid Id { get; set; }
}
