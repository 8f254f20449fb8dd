namespace Tailwind.Traders.ImageClassifier.Api
{
    public class AppSettings
    {
    }
}
