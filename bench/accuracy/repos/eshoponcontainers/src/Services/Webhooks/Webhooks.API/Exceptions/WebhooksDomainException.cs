namespace Webhooks.API.Exceptions;

public class WebhooksDomainException : Exception
{
}
