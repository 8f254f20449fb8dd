namespace Microsoft.eShopOnContainers.Mobile.Shopping.HttpAggregator.Models;

public class OrderItemData
{
    public int ProductId { get; set; }

    public string ProductName { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal Discount { get; set; }

    public int Units { get; set; }

    public string PictureUrl { get; set; }
}
