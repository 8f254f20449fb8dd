namespace Pitstop.WorkshopManagementEventHandler;

public class Customer
{
    public string CustomerId { get; set; }
    public string Name { get; set; }
    public string TelephoneNumber { get; set; }
}