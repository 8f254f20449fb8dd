namespace Pitstop.WorkshopManagementAPI.DTOs;

public class BusinessRuleViolation
{
    public string ErrorMessage { get; set; }
}