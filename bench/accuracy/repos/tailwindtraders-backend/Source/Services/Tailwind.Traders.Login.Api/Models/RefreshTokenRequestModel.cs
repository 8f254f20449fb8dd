namespace Tailwind.Traders.Login.Api.Models
{
    public class RefreshTokenRequestModel
    {
        public string Token { get; set; }
    }
}
