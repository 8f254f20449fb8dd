namespace Tailwind.Traders.Profile.Api
{
    public class AppSettings
    {
        public string ProfilesImageUrl { get; set; }
    }
}
