namespace Microsoft.eShopOnDapr.Web.Shopping.HttpAggregator.Models;

public record CatalogItem(int Id, string Name, decimal Price, string PictureFileName);
