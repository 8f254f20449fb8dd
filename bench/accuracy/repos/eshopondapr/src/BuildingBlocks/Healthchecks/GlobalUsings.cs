global using System;
global using Dapr.Client;
global using Microsoft.eShopOnDapr.BuildingBlocks.Healthchecks;
global using Microsoft.Extensions.Diagnostics.HealthChecks;
global using System.Threading;
global using System.Threading.Tasks;
