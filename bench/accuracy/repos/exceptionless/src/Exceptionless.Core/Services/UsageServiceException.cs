namespace Exceptionless.Core.Services;

public class UsageServiceException(string? message = null) : Exception(message);
