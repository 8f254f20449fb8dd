using Exceptionless.Core.Billing;
using Exceptionless.Core.Models;
using Exceptionless.Core.Pipeline;
using Exceptionless.Core.Repositories;
using Exceptionless.Core.Repositories.Configuration;
using Exceptionless.Core.Services;
using Exceptionless.DateTimeExtensions;
using Exceptionless.Tests.Utility;
using Foundatio.Repositories;
using Foundatio.Repositories.Models;
using Xunit;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Exceptionless.Tests.Stats;

public sealed class AggregationTests : IntegrationTestsBase
{
    private readonly EventPipeline _pipeline;
    private readonly EventData _eventData;
    private readonly IEventRepository _eventRepository;
    private readonly IStackRepository _stackRepository;
    private readonly OrganizationData _organizationData;
    private readonly IOrganizationRepository _organizationRepository;
    private readonly ProjectData _projectData;
    private readonly IProjectRepository _projectRepository;
    private readonly StackService _stackService;
    private readonly BillingManager _billingManager;
    private readonly BillingPlans _plans;

    public AggregationTests(ITestOutputHelper output, AppWebHostFactory factory) : base(output, factory)
    {
        _pipeline = GetService<EventPipeline>();
        _eventData = GetService<EventData>();
        _eventRepository = GetService<IEventRepository>();
        _stackRepository = GetService<IStackRepository>();
        _organizationData = GetService<OrganizationData>();
        _organizationRepository = GetService<IOrganizationRepository>();
        _projectData = GetService<ProjectData>();
        _projectRepository = GetService<IProjectRepository>();
        _stackService = GetService<StackService>();
        _billingManager = GetService<BillingManager>();
        _plans = GetService<BillingPlans>();
    }

    [Fact]
    public async Task CanGetCardinalityAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount, false);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);

        var result = await _eventRepository.CountAsync(q => q.Project(TestConstants.ProjectId).AggregationsExpression("cardinality:stack_id cardinality:id"));
        Assert.Equal(eventCount, result.Total);
        Assert.Equal(eventCount, result.Aggregations.Cardinality("cardinality_id")?.Value.GetValueOrDefault() ?? 0);
        Assert.Equal(await _stackRepository.CountAsync(), result.Aggregations.Cardinality("cardinality_stack_id")?.Value.GetValueOrDefault() ?? 0);
    }

    [Fact]
    public async Task CanGetDateHistogramWithCardinalityAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount, false);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);

        var result = await _eventRepository.CountAsync(q => q.Project(TestConstants.ProjectId).AggregationsExpression("date:(date cardinality:id) cardinality:id"));
        Assert.Equal(eventCount, result.Total);
        var dateHistogram = result.Aggregations.DateHistogram("date_date");
        Assert.NotNull(dateHistogram);
        Assert.NotNull(dateHistogram.Buckets);
        Assert.NotEmpty(dateHistogram.Buckets);
        Assert.Equal(eventCount, dateHistogram.Buckets.Sum(t => t.Total));
        Assert.Single(dateHistogram.Buckets.First().Aggregations);
        Assert.Equal(eventCount, result.Aggregations.Cardinality("cardinality_id")?.Value.GetValueOrDefault() ?? 0);
        Assert.Equal(eventCount, dateHistogram.Buckets.Sum(t => t.Aggregations.Cardinality("cardinality_id")?.Value.GetValueOrDefault() ?? 0));

        var stacks = await _stackRepository.GetByOrganizationIdAsync(TestConstants.OrganizationId, o => o.PageLimit(100));
        foreach (var stack in stacks.Documents)
        {
            var stackResult = await _eventRepository.CountAsync(q => q.Stack(stack.Id).AggregationsExpression("cardinality:id"));
            Assert.Equal(stack.TotalOccurrences, stackResult.Total);
            Assert.Equal(stack.TotalOccurrences, stackResult.Aggregations.Cardinality("cardinality_id")?.Value.GetValueOrDefault() ?? 0);
        }
    }

    [Fact]
    public async Task CanGetExcludedTermsAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount, false);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);

        var result = await _eventRepository.CountAsync(q => q.Project(TestConstants.ProjectId).AggregationsExpression("terms:(is_first_occurrence @include:true)"));
        Assert.Equal(eventCount, result.Total);

        var termsAggregation = result.Aggregations.Terms<string>("terms_is_first_occurrence");
        Assert.NotNull(termsAggregation?.Buckets);
        Assert.Equal(await _stackRepository.CountAsync(), termsAggregation.Buckets.First(b => b.KeyAsString == Boolean.TrueString.ToLower()).Total.GetValueOrDefault());
    }

    [Fact]
    public async Task CanGetNumericAggregationsAsync()
    {
        await CreateDataAsync(0, false);

        decimal?[] values = [null, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        foreach (decimal? value in values)
            await CreateEventsAsync(1, null, value);

        Log.SetLogLevel<EventRepository>(LogLevel.Trace);
        var result = await _eventRepository.CountAsync(q => q.Project(TestConstants.ProjectId).AggregationsExpression("avg:value~0 cardinality:value~0 sum:value~0 min:value~0 max:value~0"));

        Assert.Equal(values.Length, result.Total);
        Assert.Equal(5, result.Aggregations.Count);
        Assert.Equal(50, result.Aggregations.Average("avg_value")?.Value ?? 0);
        Assert.Equal(11, result.Aggregations.Cardinality("cardinality_value")?.Value.GetValueOrDefault() ?? 0);
        Assert.Equal(550, result.Aggregations.Sum("sum_value")?.Value ?? 0);
        Assert.Equal(0, result.Aggregations.Min("min_value")?.Value ?? default);
        Assert.Equal(100, result.Aggregations.Max("max_value")?.Value ?? default);
    }

    [Fact]
    public async Task CanGetTagTermAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount, false);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);

        var result = await _eventRepository.CountAsync(q => q.AggregationsExpression("terms:tags"));
        Assert.Equal(eventCount, result.Total);

        var termsAggregation = result.Aggregations.Terms<string>("terms_tags");
        Assert.NotNull(termsAggregation?.Buckets);
        // each event can be in multiple tag buckets since an event can have up to 3 sample tags
        Assert.InRange(termsAggregation.Buckets.Sum(t => t.Total.GetValueOrDefault()), eventCount, eventCount * 3);
        Assert.InRange(termsAggregation.Buckets.Count, 1, TestConstants.EventTags.Count);
        foreach (var term in termsAggregation.Buckets)
            Assert.InRange(term.Total.GetValueOrDefault(), 1, eventCount);
    }

    [Fact]
    public async Task CanGetVersionTermAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount, false);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);

        var result = await _eventRepository.CountAsync(q => q.AggregationsExpression("terms:version"));
        Assert.Equal(eventCount, result.Total);
        // NOTE: The events are created without a version.
        Assert.Empty(result.Aggregations.Terms<string>("terms_version")?.Buckets ?? []);
    }

    [Fact]
    public async Task CanGetStackIdTermAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount, false);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);

        long stackSize = await _stackRepository.CountAsync();
        var result = await _eventRepository.CountAsync(q => q.AggregationsExpression($"terms:(stack_id terms:(is_first_occurrence~{stackSize} @include:true))"));
        Assert.Equal(eventCount, result.Total);

        var termsAggregation = result.Aggregations.Terms<string>("terms_stack_id");
        Assert.NotNull(termsAggregation?.Buckets);
        Assert.NotNull(termsAggregation.Data);
        Assert.Equal(eventCount, termsAggregation.Buckets.Sum(b1 => b1.Total.GetValueOrDefault()) + (long)(termsAggregation.Data["SumOtherDocCount"] ?? 0));
        foreach (var term in termsAggregation.Buckets)
        {
            var firstOccurrenceBuckets = term.Aggregations.Terms<string>("terms_is_first_occurrence");
            Assert.NotNull(firstOccurrenceBuckets?.Buckets);
            Assert.Equal(1, firstOccurrenceBuckets.Buckets.Sum(b => b.Total.GetValueOrDefault()));
        }
    }

    [Fact]
    public async Task CanGetStackIdTermMinMaxAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount, false);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);
        Log.SetLogLevel<StackRepository>(LogLevel.Trace);

        long stackSize = await _stackRepository.CountAsync();
        var result = await _eventRepository.CountAsync(q => q.AggregationsExpression($"terms:(stack_id~{stackSize} min:date max:date)"));
        Assert.Equal(eventCount, result.Total);

        var termsAggregation = result.Aggregations.Terms<string>("terms_stack_id");
        Assert.NotNull(termsAggregation);
        Assert.NotNull(termsAggregation.Buckets);
        Assert.NotEmpty(termsAggregation.Buckets);
        var largestStackBucket = termsAggregation.Buckets.First();

        var events = await _eventRepository.FindAsync(q => q.Stack(largestStackBucket.Key), o => o.PageLimit(eventCount));
        Assert.Equal(largestStackBucket.Total.GetValueOrDefault(), events.Total);

        var oldestEvent = events.Documents.OrderBy(e => e.Date).First();
        Assert.Equal(oldestEvent.Date.UtcDateTime.Floor(TimeSpan.FromMilliseconds(1)), (largestStackBucket.Aggregations.Min<DateTime>("min_date")?.Value ?? default).Floor(TimeSpan.FromMilliseconds(1)));

        var newestEvent = events.Documents.OrderByDescending(e => e.Date).First();
        Assert.Equal(newestEvent.Date.UtcDateTime.Floor(TimeSpan.FromMilliseconds(1)), (largestStackBucket.Aggregations.Max<DateTime>("max_date")?.Value ?? default).Floor(TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public async Task CanGetProjectTermAggregationsAsync()
    {
        const int eventCount = 100;
        await CreateDataAsync(eventCount);
        Log.SetLogLevel<EventRepository>(LogLevel.Trace);

        var result = await _eventRepository.CountAsync(q => q.AggregationsExpression("terms:project_id"));
        Assert.Equal(eventCount, result.Total);

        var termsAggregation = result.Aggregations.Terms<string>("terms_project_id");
        Assert.NotNull(termsAggregation?.Buckets);
        Assert.InRange(termsAggregation.Buckets.Count, 1, 3); // 3 sample projects
        Assert.Equal(eventCount, termsAggregation.Buckets.Sum(t => t.Total.GetValueOrDefault()));
    }

    [Fact]
    public async Task CanGetSessionAggregationsAsync()
    {
        await CreateDataAsync();
        await CreateSessionEventsAsync();

        var result = await _eventRepository.CountAsync(q => q.FilterExpression("type:session").AggregationsExpression("avg:value cardinality:user"));
        Assert.Equal(3, result.Total);
        Assert.Equal(3, result.Aggregations.Cardinality("cardinality_user")?.Value.GetValueOrDefault() ?? 0);
        Assert.Equal(3600.0 / result.Total, result.Aggregations.Average("avg_value")?.Value ?? 0);
    }

    private async Task CreateDataAsync(int eventCount = 0, bool multipleProjects = true)
    {
        var organizations = _organizationData.GenerateSampleOrganizations(_billingManager, _plans);
        await _organizationRepository.AddAsync(organizations, o => o.ImmediateConsistency().Cache());

        var projects = _projectData.GenerateSampleProjects();
        await _projectRepository.AddAsync(projects, o => o.ImmediateConsistency().Cache());

        if (eventCount > 0)
            await CreateEventsAsync(eventCount, multipleProjects ? projects.Select(p => p.Id).ToArray() : [TestConstants.ProjectId]);
    }

    private async Task CreateEventsAsync(int eventCount, string[]? projectIds, decimal? value = -1)
    {
        var events = _eventData.GenerateEvents(eventCount, projectIds: projectIds, startDate: DateTime.UtcNow.SubtractDays(3), endDate: DateTime.UtcNow, value: value);
        foreach (var eventGroup in events.GroupBy(ev => ev.ProjectId))
            await _pipeline.RunAsync(eventGroup, _organizationData.GenerateSampleOrganization(_billingManager, _plans), _projectData.GenerateSampleProject());
        await _stackService.SaveStackUsagesAsync();

        await RefreshDataAsync();
    }

    private async Task<List<PersistentEvent>> CreateSessionEventsAsync()
    {
        var startDate = DateTime.UtcNow.SubtractHours(1);
        var events = new List<PersistentEvent>
        {
            _eventData.GenerateSessionStartEvent(occurrenceDate: startDate, userIdentity: "1"),
            _eventData.GenerateSessionEndEvent(occurrenceDate: startDate.AddMinutes(10), userIdentity: "1"),
            _eventData.GenerateSessionStartEvent(occurrenceDate: startDate.AddMinutes(10), userIdentity: "2"),
            _eventData.GenerateSessionEndEvent(occurrenceDate: startDate.AddMinutes(30), userIdentity: "2"),
            _eventData.GenerateSessionStartEvent(occurrenceDate: startDate.AddMinutes(20), userIdentity: "3"),
            _eventData.GenerateSessionEndEvent(occurrenceDate: startDate.AddMinutes(50), userIdentity: "3")
        };

        await _pipeline.RunAsync(events, _organizationData.GenerateSampleOrganization(_billingManager, _plans), _projectData.GenerateSampleProject());
        await RefreshDataAsync();

        var results = await _eventRepository.FindAsync(q => q.SortExpression(EventIndex.Alias.Date));
        Assert.Equal(6, results.Total);
        Assert.Equal(3, results.Documents.Where(e => !String.IsNullOrEmpty(e.GetSessionId())).Select(e => e.GetSessionId()).Distinct().Count());

        var sessionStarts = results.Documents.Where(e => e.IsSessionStart()).ToList();
        Assert.Equal(TimeSpan.FromMinutes(20).TotalSeconds, (int)(sessionStarts.Sum(e => e.Value.GetValueOrDefault()) / sessionStarts.Count));

        return events;
    }
}
