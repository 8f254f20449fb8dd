namespace Tailwind.Traders.MobileBff.Models
{
    public class TokenRefreshRequest
    {
        public string Token { get; set; }
    }
}
