namespace Pitstop.VehicleManagement.Model;

public class Vehicle
{
    public string LicenseNumber { get; set; }
    public string Brand { get; set; }
    public string Type { get; set; }
    public string OwnerId { get; set; }
}