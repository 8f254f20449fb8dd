// TODO
//namespace Microsoft.eShopOnDapr.Services.Ordering.API.ViewModel;

//public record OrderSummaryViewModel(
//    int OrderNumber,
//    DateTime Date,
//    string Status,
//    decimal Total)
//{
//    public static OrderSummaryViewModel FromOrderSummary(OrderSummary orderSummary) =>
//        new OrderSummaryViewModel(
//            orderSummary.OrderNumber,
//            orderSummary.OrderDate,
//            orderSummary.OrderStatus,
//            orderSummary.Total);
//}
