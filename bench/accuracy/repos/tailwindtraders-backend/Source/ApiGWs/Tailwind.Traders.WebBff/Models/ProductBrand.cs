using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Tailwind.Traders.WebBff.Models
{
    public class ProductBrand
    {
        public int Id { get; set; }

        public string Name { get; set; }
    }
}
