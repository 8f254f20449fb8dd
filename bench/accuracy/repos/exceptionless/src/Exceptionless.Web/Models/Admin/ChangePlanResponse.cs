namespace Exceptionless.Web.Models.Admin;

public record ChangePlanResponse(bool Success, string? Message = null);
