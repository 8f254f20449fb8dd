namespace Tailwind.Traders.Product.Api.Dtos
{
    public class ProductTypeDto
    {
        public int Id { get; set; }
        public string Code { get; set; }

        public string Name { get; set; }
    }
}
