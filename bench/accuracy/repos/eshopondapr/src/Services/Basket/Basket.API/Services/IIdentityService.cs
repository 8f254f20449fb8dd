namespace Microsoft.eShopOnDapr.Services.Basket.API.Services;

public interface IIdentityService
{
    string GetUserIdentity();
}
