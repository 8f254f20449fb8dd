namespace Microsoft.eShopOnDapr.Web.Shopping.HttpAggregator.Models;

public record UpdateBasketRequestItemData(int ProductId, int Quantity);
