namespace Microsoft.eShopOnDapr.Services.Catalog.API.Model;

public record CatalogType(int Id, string Name);
