namespace Tailwind.Traders.Product.Api.Dtos
{
    public class ProductFeatureDto
    {
        public int Id { get; set; }

        public string Title { get; set; }

        public string Description { get; set; }
    }
}



