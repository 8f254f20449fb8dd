using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Tailwind.Traders.MobileBff.Models
{
    public class ProductType
    {
        public int Id { get; set; }

        public string Name { get; set; }
    }
}
