namespace Exceptionless.Web.Api.Results;

/// <summary>
/// Transport-agnostic response marker mapped to HTTP 304 Not Modified by result mappers.
/// </summary>
public sealed record NotModifiedResponse;
