global using Dapr.Client;
global using Microsoft.eShopOnDapr.BuildingBlocks.EventBus.Abstractions;
global using Microsoft.eShopOnDapr.BuildingBlocks.EventBus.Events;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;