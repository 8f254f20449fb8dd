namespace Pitstop.WorkshopManagementAPI.DTOs;

public class CustomerDTO
{
    public string CustomerId { get; set; }
    public string Name { get; set; }
    public string TelephoneNumber { get; set; }
}