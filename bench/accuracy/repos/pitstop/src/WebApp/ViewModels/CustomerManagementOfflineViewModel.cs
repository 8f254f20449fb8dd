namespace Pitstop.WebApp.ViewModels;

public class CustomerManagementOfflineViewModel
{
}