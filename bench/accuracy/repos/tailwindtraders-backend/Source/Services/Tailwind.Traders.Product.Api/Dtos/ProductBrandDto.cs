namespace Tailwind.Traders.Product.Api.Dtos
{
    public class ProductBrandDto
    {
        public int Id { get; set; }

        public string Name { get; set; }
    }
}
