namespace Microsoft.eShopOnDapr.Services.Catalog.API.Model;

public record CatalogBrand(int Id, string Name);
