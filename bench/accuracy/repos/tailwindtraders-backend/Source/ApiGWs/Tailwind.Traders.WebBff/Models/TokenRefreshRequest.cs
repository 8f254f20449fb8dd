namespace Tailwind.Traders.WebBff.Models
{
    public class TokenRefreshRequest
    {
        public string Token { get; set; }
    }
}
