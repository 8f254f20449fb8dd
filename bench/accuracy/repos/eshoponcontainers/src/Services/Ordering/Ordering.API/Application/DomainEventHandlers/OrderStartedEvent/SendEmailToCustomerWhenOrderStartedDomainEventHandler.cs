namespace Microsoft.eShopOnContainers.Services.Ordering.API.Application.DomainEventHandlers.OrderStartedEvent;

public class SendEmailToCustomerWhenOrderStartedDomainEventHandler
//: IAsyncNotificationHandler<OrderStartedDomainEvent>
{
    public SendEmailToCustomerWhenOrderStartedDomainEventHandler()
    {

    }

    //public async Task Handle(OrderStartedDomainEvent orderNotification)
    //{
    //    //TBD - Send email logic
    //}
}
