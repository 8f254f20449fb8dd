namespace Exceptionless.Web.Models.Admin;

public record UpdateOAuthApplication : NewOAuthApplication;
