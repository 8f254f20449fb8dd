using Exceptionless.Core.Extensions;
using Exceptionless.Core.Models.Data;
using Exceptionless.Core.Models.WorkItems;
using Exceptionless.Core.Pipeline;
using Foundatio.Caching;
using Foundatio.Jobs;
using Foundatio.Queues;
using Microsoft.Extensions.Logging;

namespace Exceptionless.Core.Plugins.EventProcessor.Default;

[Priority(60)]
public sealed class LocationPlugin : EventProcessorPluginBase
{
    private readonly ICacheClient _cacheClient;
    private readonly IQueue<WorkItemData> _workItemQueue;

    public LocationPlugin(ICacheClient cacheClient, IQueue<WorkItemData> workItemQueue, AppOptions options, ILoggerFactory loggerFactory) : base(options, loggerFactory)
    {
        _cacheClient = new ScopedCacheClient(cacheClient, "Geo");
        _workItemQueue = workItemQueue;
    }

    public override Task EventBatchProcessingAsync(ICollection<EventContext> contexts)
    {
        var geoGroups = contexts.Where(c => c.Organization.HasPremiumFeatures && !String.IsNullOrEmpty(c.Event.Geo) && !c.Event.HasLocation()).GroupBy(c => c.Event.Geo);

        var tasks = new List<Task>();
        foreach (var geoGroup in geoGroups)
            tasks.Add(GetGeoLocationFromCacheAsync(geoGroup));

        return Task.WhenAll(tasks);
    }

    public override Task EventBatchProcessedAsync(ICollection<EventContext> contexts)
    {
        var contextsToProcess = contexts.Where(c => c.Organization.HasPremiumFeatures && !String.IsNullOrEmpty(c.Event.Geo) && !c.Event.HasLocation());

        var tasks = new List<Task>();
        foreach (var ctx in contextsToProcess)
            tasks.Add(_workItemQueue.EnqueueAsync(new SetLocationFromGeoWorkItem { EventId = ctx.Event.Id, Geo = ctx.Event.Geo }));

        return Task.WhenAll(tasks);
    }

    private async Task GetGeoLocationFromCacheAsync(IGrouping<string?, EventContext> geoGroup)
    {
        if (geoGroup.Key is null)
            return;

        var location = await _cacheClient.GetAsync<Location?>(geoGroup.Key, null);
        if (location is null)
            return;

        await _cacheClient.SetExpirationAsync(geoGroup.Key, TimeSpan.FromDays(3));
        geoGroup.ForEach(c => c.Event.SetLocation(location));
    }
}
