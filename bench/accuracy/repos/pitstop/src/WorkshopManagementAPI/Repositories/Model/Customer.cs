namespace Pitstop.WorkshopManagementAPI.Repositories.Model;

public class Customer
{
    public string CustomerId { get; set; }
    public string Name { get; set; }
    public string TelephoneNumber { get; set; }
}