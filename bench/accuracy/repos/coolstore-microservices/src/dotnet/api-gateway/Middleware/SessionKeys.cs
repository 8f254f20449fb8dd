namespace Gateway.Middleware;

public static class SessionKeys
{
    public const string AccessToken = "accessToken";
    public const string IdToken = "idToken";
    public const string RefreshToken = "refreshToken";
    public const string ExpiresAt = "expiresAt";
}