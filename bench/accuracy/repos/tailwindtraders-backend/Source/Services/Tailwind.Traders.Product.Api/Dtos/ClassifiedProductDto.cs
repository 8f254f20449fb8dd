namespace Tailwind.Traders.Product.Api.Dtos
{
    public class ClassifiedProductDto
    {

        public int Id { get; set; }
        public string Name { get; set; }
        public float Price { get; set; }
        public string ImageUrl { get; set; }

    }
}
