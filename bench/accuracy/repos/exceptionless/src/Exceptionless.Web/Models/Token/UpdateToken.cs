namespace Exceptionless.Web.Models;

public class UpdateToken
{
    public bool IsDisabled { get; set; }
    public string? Notes { get; set; }
}
