namespace Microsoft.eShopOnDapr.Services.Ordering.API.Infrastructure.Services;

public interface IIdentityService
{
    string GetUserIdentity();
}
