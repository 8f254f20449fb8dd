using Exceptionless.Core.Extensions;
using Exceptionless.Core.Messaging.Models;
using Exceptionless.Core.Models;
using Exceptionless.Core.Repositories;
using Exceptionless.DateTimeExtensions;
using Foundatio.Caching;
using Foundatio.Messaging;
using Foundatio.Repositories;
using Microsoft.Extensions.Logging;

namespace Exceptionless.Core.Services;

public class UsageService : IAssistantUsageRecorder
{
    private static class AssistantUsageMetrics
    {
        public const string Turns = "turns";
        public const string Completed = "completed";
        public const string Failed = "failed";
        public const string Cancelled = "cancelled";
        public const string ProviderRequests = "provider-requests";
        public const string ToolCalls = "tool-calls";
        public const string PromptTokens = "prompt-tokens";
        public const string CompletionTokens = "completion-tokens";
        public const string CostInMicrodollars = "cost-microdollars";
        public const string BlockedByConcurrency = "blocked-concurrency";
        public const string BlockedByRateLimit = "blocked-rate";
        public const string BlockedByTokenLimit = "blocked-tokens";
        public const string BlockedByCostLimit = "blocked-cost";

        public static readonly string[] All =
        [
            Turns,
            Completed,
            Failed,
            Cancelled,
            ProviderRequests,
            ToolCalls,
            PromptTokens,
            CompletionTokens,
            CostInMicrodollars,
            BlockedByConcurrency,
            BlockedByRateLimit,
            BlockedByTokenLimit,
            BlockedByCostLimit
        ];
    }

    private readonly IOrganizationRepository _organizationRepository;
    private readonly IProjectRepository _projectRepository;
    private readonly ICacheClient _cache;
    private readonly IMessagePublisher _messagePublisher;
    private readonly NotificationService _notificationService;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan _bucketSize = TimeSpan.FromMinutes(5);

    public UsageService(IOrganizationRepository organizationRepository, IProjectRepository projectRepository, ICacheClient cache, IMessagePublisher messagePublisher,
        NotificationService notificationService,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _organizationRepository = organizationRepository;
        _projectRepository = projectRepository;
        _cache = cache;
        _messagePublisher = messagePublisher;
        _notificationService = notificationService;
        _timeProvider = timeProvider;
        _logger = loggerFactory.CreateLogger<UsageService>();
    }

    public async Task SavePendingUsageAsync()
    {
        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        await SavePendingOrganizationUsageAsync(utcNow);
        await SavePendingProjectUsageAsync(utcNow);
    }

    private async Task SavePendingOrganizationUsageAsync(DateTime utcNow)
    {
        // default to checking the 5 previous buckets
        var lastUsageSave = utcNow.Subtract(_bucketSize * 5).Floor(_bucketSize);

        // last usage save is the last time we processed usage
        var lastUsageSaveCache = await _cache.GetAsync<DateTime>("usage:last-organization-save");
        if (lastUsageSaveCache.HasValue)
            lastUsageSave = lastUsageSaveCache.Value.Add(_bucketSize);

        _logger.LogInformation("Saving organization usage starting from: {LastUsageSave}...", lastUsageSave);

        var bucketUtc = lastUsageSave;
        var currentBucketUtc = utcNow.Floor(_bucketSize);

        if (bucketUtc == currentBucketUtc)
            return;

        // ideally, we would be popping a single org id off this list at a time in case something happens while we are processing these
        var organizationIdsValue = await _cache.GetListAsync<string>(GetOrganizationSetKey(bucketUtc));

        // do not process current bucket, should only be processing buckets whose window of time are complete
        while (bucketUtc < currentBucketUtc)
        {
            if (organizationIdsValue.HasValue)
            {
                foreach (string? organizationId in organizationIdsValue.Value)
                    await PublishPendingHourlyOverageAsync(bucketUtc, organizationId);

                foreach (string? organizationId in organizationIdsValue.Value)
                {
                    var organization = await _organizationRepository.GetByIdAsync(organizationId);
                    if (organization is null)
                        continue;

                    _logger.LogInformation("Saving organization ({OrganizationId}-{OrganizationName}) usage for time bucket: {BucketUtc}...", organizationId, organization.Name, bucketUtc);

                    var bucketTotal = await _cache.GetAsync<int>(GetBucketTotalCacheKey(bucketUtc, organizationId));
                    var bucketBlocked = await _cache.GetAsync<int>(GetBucketBlockedCacheKey(bucketUtc, organizationId));
                    var bucketDiscarded = await _cache.GetAsync<int>(GetBucketDiscardedCacheKey(bucketUtc, organizationId));
                    var bucketTooBig = await _cache.GetAsync<int>(GetBucketTooBigCacheKey(bucketUtc, organizationId));
                    var bucketDeleted = await _cache.GetAsync<int>(GetBucketDeletedCacheKey(bucketUtc, organizationId));
                    var assistantCacheKeys = AssistantUsageMetrics.All.ToDictionary(
                        metric => metric,
                        metric => GetAssistantBucketCacheKey(bucketUtc, organizationId, metric),
                        StringComparer.Ordinal);
                    var assistantCacheValues = await _cache.GetAllAsync<long>(assistantCacheKeys.Values);
                    var providerUsageMonthIds = await _cache.GetListAsync<string>(GetAssistantProviderUsageMonthSetKey(bucketUtc, organizationId));
                    long GetAssistantValue(string metric)
                    {
                        var value = assistantCacheValues[assistantCacheKeys[metric]];
                        return value.HasValue ? value.Value : 0;
                    }

                    long assistantTurns = GetAssistantValue(AssistantUsageMetrics.Turns);
                    long assistantCompleted = GetAssistantValue(AssistantUsageMetrics.Completed);
                    long assistantFailed = GetAssistantValue(AssistantUsageMetrics.Failed);
                    long assistantCancelled = GetAssistantValue(AssistantUsageMetrics.Cancelled);
                    long assistantProviderRequests = GetAssistantValue(AssistantUsageMetrics.ProviderRequests);
                    long assistantToolCalls = GetAssistantValue(AssistantUsageMetrics.ToolCalls);
                    long assistantPromptTokens = GetAssistantValue(AssistantUsageMetrics.PromptTokens);
                    long assistantCompletionTokens = GetAssistantValue(AssistantUsageMetrics.CompletionTokens);
                    long assistantCost = GetAssistantValue(AssistantUsageMetrics.CostInMicrodollars);
                    long assistantBlockedByConcurrency = GetAssistantValue(AssistantUsageMetrics.BlockedByConcurrency);
                    long assistantBlockedByRateLimit = GetAssistantValue(AssistantUsageMetrics.BlockedByRateLimit);
                    long assistantBlockedByTokenLimit = GetAssistantValue(AssistantUsageMetrics.BlockedByTokenLimit);
                    long assistantBlockedByCostLimit = GetAssistantValue(AssistantUsageMetrics.BlockedByCostLimit);
                    var hourlyThrottleTransition = await _cache.GetAsync<bool>(GetHourlyThrottleTransitionKey(bucketUtc, organizationId));

                    bool hasIngestion = (bucketTotal?.Value ?? 0) > 0 || (bucketBlocked?.Value ?? 0) > 0 || (bucketDiscarded?.Value ?? 0) > 0 || (bucketTooBig?.Value ?? 0) > 0;
                    if (hasIngestion)
                        organization.LastEventDateUtc = _timeProvider.GetUtcNow().UtcDateTime;

                    bool hasEventUsage = hasIngestion || (bucketDeleted?.Value ?? 0) > 0;
                    int bucketLimit = GetBucketEventLimit(organization.GetMaxEventsPerMonthWithBonus(_timeProvider), bucketUtc);
                    bool hourlyThrottleCleared = hourlyThrottleTransition is { HasValue: true } transition
                        ? transition.Value
                        : bucketLimit >= 0 && bucketTotal is { HasValue: true } total && total.Value >= bucketLimit;

                    long usageTotal = organization.Usage
                        .FirstOrDefault(usage => usage.Date.Year == bucketUtc.Year && usage.Date.Month == bucketUtc.Month)
                        ?.Total ?? 0;
                    if (hasEventUsage)
                    {
                        var usage = organization.GetUsage(bucketUtc, _timeProvider);
                        usage.Limit = organization.GetMaxEventsPerMonthWithBonus(_timeProvider);
                        usage.Total += bucketTotal?.Value ?? 0;
                        usage.Blocked += bucketBlocked?.Value ?? 0;
                        usage.Discarded += bucketDiscarded?.Value ?? 0;
                        usage.TooBig += bucketTooBig?.Value ?? 0;
                        usage.Deleted += bucketDeleted?.Value ?? 0;
                        usageTotal = usage.Total;

                        var hourlyUsage = organization.GetHourlyUsage(bucketUtc);
                        hourlyUsage.Total += bucketTotal?.Value ?? 0;
                        hourlyUsage.Blocked += bucketBlocked?.Value ?? 0;
                        hourlyUsage.Discarded += bucketDiscarded?.Value ?? 0;
                        hourlyUsage.TooBig += bucketTooBig?.Value ?? 0;
                        hourlyUsage.Deleted += bucketDeleted?.Value ?? 0;
                    }

                    bool hasAssistantUsage = assistantTurns > 0
                        || assistantCompleted > 0
                        || assistantFailed > 0
                        || assistantCancelled > 0
                        || assistantProviderRequests > 0
                        || assistantToolCalls > 0
                        || assistantPromptTokens > 0
                        || assistantCompletionTokens > 0
                        || assistantCost > 0
                        || assistantBlockedByConcurrency > 0
                        || assistantBlockedByRateLimit > 0
                        || assistantBlockedByTokenLimit > 0
                        || assistantBlockedByCostLimit > 0;
                    if (hasAssistantUsage)
                    {
                        var assistantUsage = organization.GetAssistantUsage(bucketUtc);
                        assistantUsage.PlanId = organization.PlanId;
                        assistantUsage.Turns += assistantTurns;
                        assistantUsage.Completed += assistantCompleted;
                        assistantUsage.Failed += assistantFailed;
                        assistantUsage.Cancelled += assistantCancelled;
                        assistantUsage.ProviderRequests += assistantProviderRequests;
                        assistantUsage.ToolCalls += assistantToolCalls;
                        assistantUsage.PromptTokens += assistantPromptTokens;
                        assistantUsage.CompletionTokens += assistantCompletionTokens;
                        assistantUsage.CostInMicrodollars += assistantCost;
                        assistantUsage.BlockedByConcurrency += assistantBlockedByConcurrency;
                        assistantUsage.BlockedByRateLimit += assistantBlockedByRateLimit;
                        assistantUsage.BlockedByTokenLimit += assistantBlockedByTokenLimit;
                        assistantUsage.BlockedByCostLimit += assistantBlockedByCostLimit;
                        assistantUsage.LastUsedUtc = bucketUtc.Add(_bucketSize);
                    }

                    var additionalAssistantCacheKeys = new List<string>();
                    if (providerUsageMonthIds.HasValue)
                    {
                        foreach (string monthId in providerUsageMonthIds.Value.Distinct(StringComparer.Ordinal))
                        {
                            if (monthId.Length != 6
                                || !Int32.TryParse(monthId.AsSpan(0, 4), out int year)
                                || !Int32.TryParse(monthId.AsSpan(4, 2), out int month)
                                || month is < 1 or > 12)
                            {
                                continue;
                            }

                            var providerUsageCacheKeys = new[]
                            {
                                GetAssistantBucketCacheKey(bucketUtc, organizationId, AssistantUsageMetrics.PromptTokens, monthId),
                                GetAssistantBucketCacheKey(bucketUtc, organizationId, AssistantUsageMetrics.CompletionTokens, monthId),
                                GetAssistantBucketCacheKey(bucketUtc, organizationId, AssistantUsageMetrics.CostInMicrodollars, monthId)
                            };
                            additionalAssistantCacheKeys.AddRange(providerUsageCacheKeys);
                            var providerUsageValues = await _cache.GetAllAsync<long>(providerUsageCacheKeys);
                            long GetProviderUsageValue(string key)
                            {
                                var value = providerUsageValues[key];
                                return value.HasValue ? value.Value : 0;
                            }

                            long promptTokens = GetProviderUsageValue(providerUsageCacheKeys[0]);
                            long completionTokens = GetProviderUsageValue(providerUsageCacheKeys[1]);
                            long costInMicrodollars = GetProviderUsageValue(providerUsageCacheKeys[2]);
                            if (promptTokens <= 0 && completionTokens <= 0 && costInMicrodollars <= 0)
                                continue;

                            var assistantUsage = organization.GetAssistantUsage(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc));
                            assistantUsage.PlanId = organization.PlanId;
                            assistantUsage.PromptTokens += promptTokens;
                            assistantUsage.CompletionTokens += completionTokens;
                            assistantUsage.CostInMicrodollars += costInMicrodollars;
                            assistantUsage.LastUsedUtc = bucketUtc.Add(_bucketSize);
                        }
                    }

                    organization.TrimUsage(_timeProvider);

                    // Routine usage updates stay silent, but clients need one refresh when hourly throttling clears.
                    await _organizationRepository.SaveAsync(organization, o => o.Notifications(hourlyThrottleCleared));
                    await _cache.RemoveAllAsync([
                        GetBucketTotalCacheKey(bucketUtc, organizationId),
                        GetBucketBlockedCacheKey(bucketUtc, organizationId),
                        GetBucketDiscardedCacheKey(bucketUtc, organizationId),
                        GetBucketTooBigCacheKey(bucketUtc, organizationId),
                        GetBucketDeletedCacheKey(bucketUtc, organizationId),
                        ..assistantCacheKeys.Values,
                        ..additionalAssistantCacheKeys,
                        GetAssistantProviderUsageMonthSetKey(bucketUtc, organizationId),
                        GetThrottledKey(bucketUtc, organizationId),
                        GetHourlyThrottleTransitionKey(bucketUtc, organizationId)
                    ]);
                    await _cache.SetAsync(GetTotalCacheKey(utcNow, organizationId), usageTotal, TimeSpan.FromHours(8));
                }

                await _cache.RemoveAsync(GetOrganizationSetKey(bucketUtc));
            }

            await _cache.SetAsync("usage:last-organization-save", bucketUtc, TimeSpan.FromHours(8));

            bucketUtc = bucketUtc.Add(_bucketSize);
            organizationIdsValue = await _cache.GetListAsync<string>(GetOrganizationSetKey(bucketUtc));
        }
    }

    private async Task SavePendingProjectUsageAsync(DateTime utcNow)
    {
        // default to checking the 5 previous buckets
        var lastUsageSave = utcNow.Subtract(_bucketSize * 5).Floor(_bucketSize);

        // last usage save is the last time we processed usage
        var lastUsageSaveCache = await _cache.GetAsync<DateTime>("usage:last-project-save");
        if (lastUsageSaveCache.HasValue)
            lastUsageSave = lastUsageSaveCache.Value.Add(_bucketSize);

        _logger.LogInformation("Saving project usage starting from: {LastUsageSave}...", lastUsageSave);

        var bucketUtc = lastUsageSave;
        var currentBucketUtc = utcNow.Floor(_bucketSize);

        if (bucketUtc == currentBucketUtc)
            return;

        // ideally, we would be popping a single org id off this list at a time in case something happens while we are processing these
        var projectIdsValue = await _cache.GetListAsync<string>(GetProjectSetKey(bucketUtc));

        // do not process current bucket, should only be processing buckets whose window of time are complete
        while (bucketUtc < currentBucketUtc)
        {
            if (projectIdsValue.HasValue)
            {
                await _cache.RemoveAsync(GetProjectSetKey(bucketUtc));

                foreach (string? projectId in projectIdsValue.Value)
                {
                    var project = await _projectRepository.GetByIdAsync(projectId);
                    if (project is null)
                        continue;

                    _logger.LogInformation("Saving project ({ProjectId}-{ProjectName}) event usage for time bucket: {BucketUtc}...", projectId, project.Name, bucketUtc);

                    var bucketTotal = await _cache.GetAsync<int>(GetBucketTotalCacheKey(bucketUtc, project.OrganizationId, projectId));
                    var bucketBlocked = await _cache.GetAsync<int>(GetBucketBlockedCacheKey(bucketUtc, project.OrganizationId, projectId));
                    var bucketDiscarded = await _cache.GetAsync<int>(GetBucketDiscardedCacheKey(bucketUtc, project.OrganizationId, projectId));
                    var bucketTooBig = await _cache.GetAsync<int>(GetBucketTooBigCacheKey(bucketUtc, project.OrganizationId, projectId));
                    var bucketDeleted = await _cache.GetAsync<int>(GetBucketDeletedCacheKey(bucketUtc, project.OrganizationId, projectId));

                    bool hasIngestion = (bucketTotal?.Value ?? 0) > 0 || (bucketBlocked?.Value ?? 0) > 0 || (bucketDiscarded?.Value ?? 0) > 0 || (bucketTooBig?.Value ?? 0) > 0;
                    if (hasIngestion)
                        project.LastEventDateUtc = _timeProvider.GetUtcNow().UtcDateTime;

                    (string OrganizationId, Organization? Organization) context = (OrganizationId: project.OrganizationId, Organization: null);
                    int maxEventsPerMonth = await GetMaxEventsPerMonthAsync(context);

                    var usage = project.GetUsage(bucketUtc);
                    usage.Limit = maxEventsPerMonth;
                    usage.Total += bucketTotal?.Value ?? 0;
                    usage.Blocked += bucketBlocked?.Value ?? 0;
                    usage.Discarded += bucketDiscarded?.Value ?? 0;
                    usage.TooBig += bucketTooBig?.Value ?? 0;
                    usage.Deleted += bucketDeleted?.Value ?? 0;

                    var hourlyUsage = project.GetHourlyUsage(bucketUtc);
                    hourlyUsage.Total += bucketTotal?.Value ?? 0;
                    hourlyUsage.Blocked += bucketBlocked?.Value ?? 0;
                    hourlyUsage.Discarded += bucketDiscarded?.Value ?? 0;
                    hourlyUsage.TooBig += bucketTooBig?.Value ?? 0;
                    hourlyUsage.Deleted += bucketDeleted?.Value ?? 0;

                    project.TrimUsage(_timeProvider);

                    await _cache.RemoveAllAsync(new[] {
                        GetBucketTotalCacheKey(bucketUtc, project.OrganizationId, projectId),
                        GetBucketDiscardedCacheKey(bucketUtc, project.OrganizationId, projectId),
                        GetBucketBlockedCacheKey(bucketUtc, project.OrganizationId, projectId),
                        GetBucketTooBigCacheKey(bucketUtc, project.OrganizationId, projectId),
                        GetBucketDeletedCacheKey(bucketUtc, project.OrganizationId, projectId)
                    });

                    await _cache.SetAsync(GetTotalCacheKey(utcNow, project.OrganizationId, projectId), usage.Total, TimeSpan.FromHours(8));

                    // Project configuration changes have their own save path and should remain the source of ProjectChanged messages.
                    await _projectRepository.SaveAsync(project, o => o.Notifications(false));
                }
            }

            await _cache.SetAsync("usage:last-project-save", bucketUtc, TimeSpan.FromHours(8));

            bucketUtc = bucketUtc.Add(_bucketSize);
            projectIdsValue = await _cache.GetListAsync<string>(GetProjectSetKey(bucketUtc));
        }
    }

    public async Task HandleOrganizationChangeAsync(Organization modified, Organization original)
    {
        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        await _cache.RemoveAsync($"usage:limits:{modified.Id}");

        int modifiedMaxEvents = modified.GetMaxEventsPerMonthWithBonus(_timeProvider);
        int originalMaxEvents = original.GetMaxEventsPerMonthWithBonus(_timeProvider);
        if (modifiedMaxEvents == originalMaxEvents)
            return;

        bool isMonthlyLimitIncrease = modifiedMaxEvents < 0 || (originalMaxEvents >= 0 && modifiedMaxEvents > originalMaxEvents);
        if (isMonthlyLimitIncrease)
        {
            // A higher monthly limit only resets monthly notification state when it actually ends the current overage.
            if (!modified.IsOverMonthlyLimit(_timeProvider))
                await _notificationService.RemoveOrganizationNotificationSentAsync(modified.Id, isOverMonthlyLimit: true);

            await _cache.RemoveAsync(GetThrottledKey(utcNow, modified.Id));
            return;
        }

        bool wasOverMonthlyLimit = original.IsOverMonthlyLimit(_timeProvider);
        bool isOverMonthlyLimit = modified.IsOverMonthlyLimit(_timeProvider);
        if (!wasOverMonthlyLimit && isOverMonthlyLimit)
        {
            await _notificationService.RemoveOrganizationNotificationSentAsync(modified.Id, isOverMonthlyLimit: true);
            await _messagePublisher.PublishAsync(new PlanOverage { OrganizationId = modified.Id });
        }

        var bucketTotal = await _cache.GetAsync<int>(GetBucketTotalCacheKey(utcNow, modified.Id));
        if (!bucketTotal.HasValue)
            return;

        int bucketLimit = GetBucketEventLimit(modifiedMaxEvents);

        // unlimited
        if (bucketLimit < 0)
            return;

        if (bucketTotal.Value >= bucketLimit)
        {
            await _cache.SetAsync(GetThrottledKey(utcNow, modified.Id), true, TimeSpan.FromMinutes(5));
            await _cache.SetAsync(GetHourlyThrottleTransitionKey(utcNow, modified.Id), true, TimeSpan.FromHours(8));
            await _cache.SetAsync(GetHourlyOveragePendingKey(utcNow, modified.Id), true, TimeSpan.FromHours(8));
            await PublishPendingHourlyOverageAsync(utcNow, modified.Id);
        }
    }

    public ValueTask<int> GetMaxEventsPerMonthAsync(string organizationId)
    {
        return GetMaxEventsPerMonthAsync((organizationId, null));
    }

    private async ValueTask<int> GetMaxEventsPerMonthAsync((string OrganizationId, Organization? Organization) context)
    {
        // maybe use an in memory cache for this
        int maxEventsPerMonth = 0;
        var maxEventsPerMonthCache = await _cache.GetAsync<int>($"usage:limits:{context.OrganizationId}");
        if (maxEventsPerMonthCache.HasValue)
        {
            maxEventsPerMonth = maxEventsPerMonthCache.Value;
        }
        else
        {
            if (context.Organization is null)
                context.Organization = await _organizationRepository.GetByIdAsync(context.OrganizationId, o => o.Cache());

            if (context.Organization is not null)
            {
                maxEventsPerMonth = context.Organization.GetMaxEventsPerMonthWithBonus(_timeProvider);
                await _cache.SetAsync($"usage:limits:{context.OrganizationId}", maxEventsPerMonth, TimeSpan.FromDays(1));
            }
        }

        return maxEventsPerMonth;
    }

    public async Task<UsageInfoResponse> GetUsageAsync(string organizationId, string? projectId = null)
    {
        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        // default to checking just the previous bucket
        var lastUsageSave = utcNow.Subtract(_bucketSize).Floor(_bucketSize);

        // last usage save is the last time we processed usage
        var lastUsageSaveCache = await _cache.GetAsync<DateTime>(projectId is null ? "usage:last-organization-save" : "usage:last-project-save");
        if (lastUsageSaveCache.HasValue)
            lastUsageSave = lastUsageSaveCache.Value.Add(_bucketSize);

        var bucketUtc = lastUsageSave;
        var currentBucketUtc = utcNow.Floor(_bucketSize);
        var isThrottled = await _cache.GetAsync<bool>(GetThrottledKey(currentBucketUtc, organizationId));

        UsageInfoResponse usage;
        if (projectId is null)
        {
            var organization = await _organizationRepository.GetByIdAsync(organizationId, o => o.Cache());
            if (organization is null)
                throw new UsageServiceException($"Organization '{organizationId}' not found.");

            organization.TrimUsage(_timeProvider);

            usage = new UsageInfoResponse
            {
                IsThrottled = isThrottled?.Value ?? false,
                CurrentUsage = organization.GetCurrentUsage(_timeProvider),
                CurrentHourUsage = organization.GetCurrentHourlyUsage(_timeProvider)
            };
        }
        else
        {
            var project = await _projectRepository.GetByIdAsync(projectId, o => o.Cache());
            if (project is null)
                throw new UsageServiceException($"Project '{projectId}' not found.");

            project.TrimUsage(_timeProvider);

            usage = new UsageInfoResponse
            {
                IsThrottled = isThrottled?.Value ?? false,
                CurrentUsage = project.GetCurrentUsage(_timeProvider),
                CurrentHourUsage = project.GetCurrentHourlyUsage(_timeProvider)
            };
        }

        while (bucketUtc <= currentBucketUtc)
        {
            // get current bucket counters
            var bucketTotal = await _cache.GetAsync<int>(GetBucketTotalCacheKey(bucketUtc, organizationId, projectId));
            usage.CurrentUsage.Total += bucketTotal?.Value ?? 0;
            usage.CurrentHourUsage.Total += bucketTotal?.Value ?? 0;

            var bucketBlocked = await _cache.GetAsync<int>(GetBucketBlockedCacheKey(bucketUtc, organizationId, projectId));
            usage.CurrentUsage.Blocked += bucketBlocked?.Value ?? 0;
            usage.CurrentHourUsage.Blocked += bucketBlocked?.Value ?? 0;

            var bucketDiscarded = await _cache.GetAsync<int>(GetBucketDiscardedCacheKey(bucketUtc, organizationId, projectId));
            usage.CurrentUsage.Discarded += bucketDiscarded?.Value ?? 0;
            usage.CurrentHourUsage.Discarded += bucketDiscarded?.Value ?? 0;

            var bucketTooBig = await _cache.GetAsync<int>(GetBucketTooBigCacheKey(bucketUtc, organizationId, projectId));
            usage.CurrentUsage.TooBig += bucketTooBig?.Value ?? 0;
            usage.CurrentHourUsage.TooBig += bucketTooBig?.Value ?? 0;

            var bucketDeleted = await _cache.GetAsync<int>(GetBucketDeletedCacheKey(bucketUtc, organizationId, projectId));
            usage.CurrentUsage.Deleted += bucketDeleted?.Value ?? 0;
            usage.CurrentHourUsage.Deleted += bucketDeleted?.Value ?? 0;

            bucketUtc = bucketUtc.Add(_bucketSize);
        }

        return usage;
    }

    public async Task<int> GetEventsLeftAsync(string organizationId)
    {
        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        (string OrganizationId, Organization? Organization) context = (OrganizationId: organizationId, Organization: null);
        int maxEventsPerMonth = await GetMaxEventsPerMonthAsync(context);

        // check for unlimited (-1) events
        if (maxEventsPerMonth < 0)
            return Int32.MaxValue;

        int currentTotal;
        var currentTotalCache = await _cache.GetAsync<int>(GetTotalCacheKey(utcNow, organizationId));
        if (currentTotalCache.HasValue)
        {
            currentTotal = currentTotalCache.Value;
        }
        else
        {
            if (context.Organization is null)
                context.Organization = await _organizationRepository.GetByIdAsync(organizationId, o => o.Cache());

            if (context.Organization is null)
                throw new UsageServiceException($"Organization '{organizationId}' not found.");

            currentTotal = context.Organization.GetCurrentUsage(_timeProvider).Total;
            await _cache.SetAsync(GetTotalCacheKey(utcNow, organizationId), currentTotal, TimeSpan.FromHours(8));
        }

        // if already over limit, return
        if (currentTotal >= maxEventsPerMonth)
            return 0;

        // get current bucket counter and add it to total
        var bucketTotal = await _cache.GetAsync<int>(GetBucketTotalCacheKey(utcNow, organizationId));
        if (bucketTotal.HasValue)
            currentTotal += bucketTotal.Value;

        // get previous bucket counter and add it to total since it might not be saved yet
        var previousBucketTotal = await _cache.GetAsync<int>(GetBucketTotalCacheKey(utcNow.Subtract(_bucketSize), organizationId));
        if (previousBucketTotal.HasValue)
            currentTotal += previousBucketTotal.Value;

        // check to see if adding this bucket puts the org over the limit
        if (currentTotal >= maxEventsPerMonth)
            return 0;

        // get a bucket level limit to help spread the events out more evenly (allows bursting)
        int bucketLimit = GetBucketEventLimit(maxEventsPerMonth);
        int eventsLeftInBucket = bucketLimit - (bucketTotal?.Value ?? 0);

        return Math.Max(eventsLeftInBucket, 0);
    }

    public async Task IncrementTotalAsync(string organizationId, string projectId, int eventCount = 1)
    {
        if (eventCount <= 0)
            return;

        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        long bucketTotal = await _cache.IncrementAsync(GetBucketTotalCacheKey(utcNow, organizationId), eventCount, TimeSpan.FromHours(8));
        await _cache.IncrementAsync(GetBucketTotalCacheKey(utcNow, organizationId, projectId), eventCount, TimeSpan.FromHours(8));

        await _cache.ListAddAsync(GetOrganizationSetKey(utcNow), organizationId, TimeSpan.FromHours(8));
        await _cache.ListAddAsync(GetProjectSetKey(utcNow), projectId, TimeSpan.FromHours(8));

        int maxEventsPerMonth = await GetMaxEventsPerMonthAsync(organizationId);
        int bucketLimit = GetBucketEventLimit(maxEventsPerMonth);

        var currentTotalCache = await _cache.GetAsync<int>(GetTotalCacheKey(utcNow, organizationId));
        if (currentTotalCache.HasValue)
        {
            long monthTotal = currentTotalCache.Value + bucketTotal;
            if (monthTotal >= maxEventsPerMonth && monthTotal - maxEventsPerMonth < eventCount)
                await _messagePublisher.PublishAsync(new PlanOverage { OrganizationId = organizationId });
        }

        if (bucketTotal >= bucketLimit && bucketTotal - bucketLimit < eventCount)
        {
            // org will be throttled during the current bucket of time
            await _cache.SetAsync(GetThrottledKey(utcNow, organizationId), true, TimeSpan.FromMinutes(5));
            await _cache.SetAsync(GetHourlyThrottleTransitionKey(utcNow, organizationId), true, TimeSpan.FromHours(8));
            await _cache.SetAsync(GetHourlyOveragePendingKey(utcNow, organizationId), true, TimeSpan.FromHours(8));
            await PublishPendingHourlyOverageAsync(utcNow, organizationId);
        }
    }

    private async Task PublishPendingHourlyOverageAsync(DateTime utcTime, string organizationId)
    {
        string pendingKey = GetHourlyOveragePendingKey(utcTime, organizationId);
        var pending = await _cache.GetAsync<bool>(pendingKey);
        if (!pending.HasValue || !pending.Value)
            return;

        await _messagePublisher.PublishAsync(new PlanOverage { OrganizationId = organizationId, IsHourly = true });
        await _cache.RemoveAsync(pendingKey);
    }

    public async Task IncrementBlockedAsync(string organizationId, string? projectId, int eventCount = 1)
    {
        if (eventCount <= 0)
            return;

        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        await _cache.IncrementAsync(GetBucketBlockedCacheKey(utcNow, organizationId), eventCount, TimeSpan.FromHours(8));
        await _cache.IncrementAsync(GetBucketBlockedCacheKey(utcNow, organizationId, projectId), eventCount, TimeSpan.FromHours(8));

        await _cache.ListAddAsync(GetOrganizationSetKey(utcNow), organizationId, TimeSpan.FromHours(8));
        if (projectId is not null)
            await _cache.ListAddAsync(GetProjectSetKey(utcNow), projectId, TimeSpan.FromHours(8));

        AppDiagnostics.EventsBlocked.Add(eventCount);
    }

    // projectId is intentionally non-nullable: discarded events are only counted after project resolution
    // (unlike Blocked/TooBig which can occur before a project is identified).
    public async Task IncrementDiscardedAsync(string organizationId, string projectId, int eventCount = 1)
    {
        if (eventCount <= 0)
            return;

        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        await _cache.IncrementAsync(GetBucketDiscardedCacheKey(utcNow, organizationId), eventCount, TimeSpan.FromHours(8));
        await _cache.IncrementAsync(GetBucketDiscardedCacheKey(utcNow, organizationId, projectId), eventCount, TimeSpan.FromHours(8));

        await _cache.ListAddAsync(GetOrganizationSetKey(utcNow), organizationId, TimeSpan.FromHours(8));
        await _cache.ListAddAsync(GetProjectSetKey(utcNow), projectId, TimeSpan.FromHours(8));

        AppDiagnostics.EventsDiscarded.Add(eventCount);
    }

    public async Task IncrementTooBigAsync(string organizationId, string? projectId)
    {
        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        await _cache.IncrementAsync(GetBucketTooBigCacheKey(utcNow, organizationId), 1, TimeSpan.FromHours(8));
        await _cache.IncrementAsync(GetBucketTooBigCacheKey(utcNow, organizationId, projectId), 1, TimeSpan.FromHours(8));

        await _cache.ListAddAsync(GetOrganizationSetKey(utcNow), organizationId, TimeSpan.FromHours(8));
        if (projectId is not null)
            await _cache.ListAddAsync(GetProjectSetKey(utcNow), projectId, TimeSpan.FromHours(8));

        AppDiagnostics.PostTooBig.Add(1);
    }

    public async Task IncrementDeletedAsync(string organizationId, string? projectId, int eventCount = 1)
    {
        if (eventCount <= 0)
            return;

        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;

        var tasks = new List<Task>(4)
        {
            _cache.IncrementAsync(GetBucketDeletedCacheKey(utcNow, organizationId), eventCount, TimeSpan.FromHours(8)),
            _cache.ListAddAsync(GetOrganizationSetKey(utcNow), organizationId, TimeSpan.FromHours(8))
        };

        if (!String.IsNullOrEmpty(projectId))
        {
            tasks.Add(_cache.IncrementAsync(GetBucketDeletedCacheKey(utcNow, organizationId, projectId), eventCount, TimeSpan.FromHours(8)));
            tasks.Add(_cache.ListAddAsync(GetProjectSetKey(utcNow), projectId, TimeSpan.FromHours(8)));
        }

        await Task.WhenAll(tasks);
        AppDiagnostics.EventsDeleted.Add(eventCount);
    }

    public async Task RecordAssistantUsageAsync(string organizationId, AssistantUsageIncrement increment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationId);
        ArgumentNullException.ThrowIfNull(increment);
        if (!increment.HasValue)
            return;

        var utcNow = _timeProvider.GetUtcNow().UtcDateTime;
        string? providerUsageMonthId = increment.ProviderUsageDateUtc is { } providerUsageDateUtc
            && (providerUsageDateUtc.Year != utcNow.Year || providerUsageDateUtc.Month != utcNow.Month)
                ? providerUsageDateUtc.ToUniversalTime().ToString("yyyyMM")
                : null;
        var tasks = new List<Task>
        {
            _cache.ListAddAsync(GetOrganizationSetKey(utcNow), organizationId, TimeSpan.FromHours(8))
        };

        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.Turns, increment.Turns);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.Completed, increment.Completed);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.Failed, increment.Failed);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.Cancelled, increment.Cancelled);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.ProviderRequests, increment.ProviderRequests);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.ToolCalls, increment.ToolCalls);
        if (providerUsageMonthId is null)
        {
            AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.PromptTokens, increment.PromptTokens);
            AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.CompletionTokens, increment.CompletionTokens);
            AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.CostInMicrodollars, increment.CostInMicrodollars);
        }
        else
        {
            tasks.Add(_cache.ListAddAsync(GetAssistantProviderUsageMonthSetKey(utcNow, organizationId), providerUsageMonthId, TimeSpan.FromHours(8)));
            AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.PromptTokens, increment.PromptTokens, providerUsageMonthId);
            AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.CompletionTokens, increment.CompletionTokens, providerUsageMonthId);
            AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.CostInMicrodollars, increment.CostInMicrodollars, providerUsageMonthId);
        }
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.BlockedByConcurrency, increment.BlockedByConcurrency);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.BlockedByRateLimit, increment.BlockedByRateLimit);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.BlockedByTokenLimit, increment.BlockedByTokenLimit);
        AddAssistantIncrement(tasks, utcNow, organizationId, AssistantUsageMetrics.BlockedByCostLimit, increment.BlockedByCostLimit);

        await Task.WhenAll(tasks);
        AppDiagnostics.AssistantTurns.Add(increment.Turns);
        AppDiagnostics.AssistantTurnOutcomes.Add(increment.Completed, new KeyValuePair<string, object?>("outcome", "completed"));
        AppDiagnostics.AssistantTurnOutcomes.Add(increment.Failed, new KeyValuePair<string, object?>("outcome", "failed"));
        AppDiagnostics.AssistantTurnOutcomes.Add(increment.Cancelled, new KeyValuePair<string, object?>("outcome", "cancelled"));
        AppDiagnostics.AssistantProviderRequests.Add(increment.ProviderRequests);
        AppDiagnostics.AssistantToolCalls.Add(increment.ToolCalls);
        AppDiagnostics.AssistantTokens.Add(increment.PromptTokens, new KeyValuePair<string, object?>("type", "prompt"));
        AppDiagnostics.AssistantTokens.Add(increment.CompletionTokens, new KeyValuePair<string, object?>("type", "completion"));
        AppDiagnostics.AssistantCostInMicrodollars.Add(increment.CostInMicrodollars);
        AppDiagnostics.AssistantTurnsBlocked.Add(increment.BlockedByConcurrency, new KeyValuePair<string, object?>("limit", "concurrency"));
        AppDiagnostics.AssistantTurnsBlocked.Add(increment.BlockedByRateLimit, new KeyValuePair<string, object?>("limit", "rate"));
        AppDiagnostics.AssistantTurnsBlocked.Add(increment.BlockedByTokenLimit, new KeyValuePair<string, object?>("limit", "tokens"));
        AppDiagnostics.AssistantTurnsBlocked.Add(increment.BlockedByCostLimit, new KeyValuePair<string, object?>("limit", "cost"));
    }

    private void AddAssistantIncrement(List<Task> tasks, DateTime utcNow, string organizationId, string metric, long value, string? providerUsageMonthId = null)
    {
        if (value > 0)
            tasks.Add(_cache.IncrementAsync(GetAssistantBucketCacheKey(utcNow, organizationId, metric, providerUsageMonthId), value, TimeSpan.FromHours(8)));
    }

    private int GetBucketEventLimit(int maxEventsPerMonth)
    {
        return GetBucketEventLimit(maxEventsPerMonth, _timeProvider.GetUtcNow().UtcDateTime);
    }

    private int GetBucketEventLimit(int maxEventsPerMonth, DateTime utcNow)
    {
        if (maxEventsPerMonth < 5000)
            return maxEventsPerMonth;

        var timeLeftInMonth = utcNow.EndOfMonth() - utcNow;
        if (timeLeftInMonth < TimeSpan.FromDays(1))
            return maxEventsPerMonth;

        double bucketsLeftInMonth = timeLeftInMonth / _bucketSize;

        // allow boosting to 10x the max / bucket if the events were divided evenly
        return (int)Math.Ceiling((maxEventsPerMonth / bucketsLeftInMonth) * 10);
    }

    private string GetTotalCacheKey(DateTime utcTime, string organizationId, string? projectId = null)
    {
        int bucket = GetTotalBucket(utcTime);

        if (String.IsNullOrEmpty(projectId))
            return $"usage:total:{bucket}:{organizationId}:total";

        return $"usage:total:{bucket}:{organizationId}:{projectId}:total";
    }

    private string GetBucketTotalCacheKey(DateTime utcTime, string organizationId, string? projectId = null)
    {
        int bucket = GetCurrentBucket(utcTime);

        if (String.IsNullOrEmpty(projectId))
            return $"usage:{bucket}:{organizationId}:total";

        return $"usage:{bucket}:{organizationId}:{projectId}:total";
    }

    private string GetBucketBlockedCacheKey(DateTime utcTime, string organizationId, string? projectId = null)
    {
        int bucket = GetCurrentBucket(utcTime);

        if (String.IsNullOrEmpty(projectId))
            return $"usage:{bucket}:{organizationId}:blocked";

        return $"usage:{bucket}:{organizationId}:{projectId}:blocked";
    }

    private string GetBucketDiscardedCacheKey(DateTime utcTime, string organizationId, string? projectId = null)
    {
        int bucket = GetCurrentBucket(utcTime);

        if (String.IsNullOrEmpty(projectId))
            return $"usage:{bucket}:{organizationId}:discarded";

        return $"usage:{bucket}:{organizationId}:{projectId}:discarded";
    }

    private string GetBucketTooBigCacheKey(DateTime utcTime, string organizationId, string? projectId = null)
    {
        int bucket = GetCurrentBucket(utcTime);

        if (String.IsNullOrEmpty(projectId))
            return $"usage:{bucket}:{organizationId}:toobig";

        return $"usage:{bucket}:{organizationId}:{projectId}:toobig";
    }

    private string GetBucketDeletedCacheKey(DateTime utcTime, string organizationId, string? projectId = null)
    {
        int bucket = GetCurrentBucket(utcTime);

        if (String.IsNullOrEmpty(projectId))
            return $"usage:{bucket}:{organizationId}:deleted";

        return $"usage:{bucket}:{organizationId}:{projectId}:deleted";
    }

    private string GetAssistantBucketCacheKey(DateTime utcTime, string organizationId, string metric, string? providerUsageMonthId = null)
    {
        int bucket = GetCurrentBucket(utcTime);
        return providerUsageMonthId is null
            ? $"usage:{bucket}:{organizationId}:assistant:{metric}"
            : $"usage:{bucket}:{organizationId}:assistant:{metric}:{providerUsageMonthId}";
    }

    private string GetAssistantProviderUsageMonthSetKey(DateTime utcTime, string organizationId)
    {
        int bucket = GetCurrentBucket(utcTime);
        return $"usage:{bucket}:{organizationId}:assistant:provider-usage-months";
    }

    private string GetOrganizationSetKey(DateTime utcTime)
    {
        int bucket = GetCurrentBucket(utcTime);
        return $"usage:{bucket}:organizations";
    }

    private string GetThrottledKey(DateTime utcTime, string organizationId)
    {
        int bucket = GetCurrentBucket(utcTime);
        return $"usage:{bucket}:{organizationId}:throttled";
    }

    private string GetHourlyThrottleTransitionKey(DateTime utcTime, string organizationId)
    {
        int bucket = GetCurrentBucket(utcTime);
        return $"usage:{bucket}:{organizationId}:throttled-transition";
    }

    private string GetHourlyOveragePendingKey(DateTime utcTime, string organizationId)
    {
        int bucket = GetCurrentBucket(utcTime);
        return $"usage:{bucket}:{organizationId}:hourly-overage-pending";
    }

    private string GetProjectSetKey(DateTime utcTime)
    {
        int bucket = GetCurrentBucket(utcTime);
        return $"usage:{bucket}:projects";
    }

    private int GetCurrentBucket(DateTime utcTime) => utcTime.Floor(_bucketSize).ToEpoch();
    private int GetTotalBucket(DateTime utcTime) => utcTime.StartOfMonth().ToEpoch();
}
