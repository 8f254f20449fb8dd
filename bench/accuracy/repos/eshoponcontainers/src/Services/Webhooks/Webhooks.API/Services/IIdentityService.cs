namespace Webhooks.API.Services;

public interface IIdentityService
{
    string GetUserIdentity();
}
