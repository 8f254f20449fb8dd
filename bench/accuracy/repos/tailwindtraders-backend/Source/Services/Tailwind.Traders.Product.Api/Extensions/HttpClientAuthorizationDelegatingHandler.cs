namespace Tailwind.Traders.Product.Api.Extensions
{
    internal class HttpClientAuthorizationDelegatingHandler
    {
    }
}