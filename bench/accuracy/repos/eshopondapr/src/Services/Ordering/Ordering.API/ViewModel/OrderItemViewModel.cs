// TODO
//namespace Microsoft.eShopOnDapr.Services.Ordering.API.ViewModel;
//{
//    public class OrderItemViewModel
//    {
//        public string productname { get; set; }
//        public int units { get; set; }
//        public decimal unitprice { get; set; }
//        public string pictureurl { get; set; }

//        public static OrderItemViewModel FromOrderItem(OrderItem orderItem)
//        {
//            return new OrderItemViewModel
//            {
//                productname = orderItem.ProductName,
//                units = orderItem.Units,
//                unitprice = orderItem.UnitPrice,
//                pictureurl = orderItem.PictureFileName
//            };
//        }
//    }
//}
