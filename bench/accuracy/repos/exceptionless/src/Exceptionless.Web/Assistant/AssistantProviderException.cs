namespace Exceptionless.Web.Assistant;

public sealed class AssistantProviderException(string message) : Exception(message);
