using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Tailwind.Traders.MobileBff.Infrastructure
{
    public static class HttpClients
    {
        public static string ApiGW => "ApiGW";
    }
}
