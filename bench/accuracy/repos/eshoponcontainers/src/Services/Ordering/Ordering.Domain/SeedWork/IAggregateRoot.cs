namespace Microsoft.eShopOnContainers.Services.Ordering.Domain.Seedwork;

public interface IAggregateRoot { }


