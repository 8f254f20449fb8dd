namespace Exceptionless.Core.Billing;

internal static class StripeConstants
{
    public const string SystemUserId = "000000000000000000000000";
}
