using Exceptionless.Core.Repositories;
using Exceptionless.Core.Services;
using Exceptionless.DateTimeExtensions;
using Exceptionless.Tests.Utility;
using Foundatio.Caching;
using Foundatio.Repositories;
using Xunit;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Exceptionless.Tests.Services;

public class StackServiceTests : IntegrationTestsBase
{
    private readonly ICacheClient _cache;
    private readonly StackData _stackData;
    private readonly StackService _stackService;
    private readonly IStackRepository _stackRepository;

    public StackServiceTests(ITestOutputHelper output, AppWebHostFactory factory) : base(output, factory)
    {
        Log.SetLogLevel<StackService>(LogLevel.Trace);
        _cache = GetService<ICacheClient>();
        _stackData = GetService<StackData>();
        _stackService = GetService<StackService>();
        _stackRepository = GetService<IStackRepository>();
    }

    [Fact]
    public async Task IncrementUsage_OnlyChangeCache()
    {
        var stack = await _stackRepository.AddAsync(_stackData.GenerateStack(id: TestConstants.StackId, projectId: TestConstants.ProjectId, organizationId: TestConstants.OrganizationId), o => o.ImmediateConsistency());

        // Assert stack state in elasticsearch before increment usage
        Assert.Equal(0, stack.TotalOccurrences);
        Assert.True(stack.FirstOccurrence <= DateTime.UtcNow);
        Assert.True(stack.LastOccurrence <= DateTime.UtcNow);

        // Assert state in cache before increment usage
        Assert.Equal(DateTime.MinValue, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMinDateCacheKey(stack.Id)));
        Assert.Equal(DateTime.MinValue, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMaxDateCacheKey(stack.Id)));
        Assert.Equal(0, await _cache.GetAsync<long>(StackService.GetStackOccurrenceCountCacheKey(stack.Id), 0));
        var occurrenceSet = await _cache.GetListAsync<StackUsageKey>(StackService.GetStackOccurrenceSetCacheKey());
        Assert.True(occurrenceSet.IsNull || !occurrenceSet.HasValue || occurrenceSet.Value.Count == 0);

        var firstUtcNow = DateTime.UtcNow.Floor(TimeSpan.FromMilliseconds(1));
        await _stackService.IncrementStackUsageAsync(TestConstants.OrganizationId, TestConstants.ProjectId, stack.Id, firstUtcNow, firstUtcNow, 1);
        await RefreshDataAsync();

        // Assert stack state has no change after increment usage
        stack = await _stackRepository.GetByIdAsync(TestConstants.StackId);
        Assert.NotNull(stack);
        Assert.Equal(0, stack.TotalOccurrences);
        Assert.True(stack.FirstOccurrence <= DateTime.UtcNow);
        Assert.True(stack.LastOccurrence <= DateTime.UtcNow);

        // Assert state in cache has been changed after increment usage
        Assert.Equal(firstUtcNow, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMinDateCacheKey(stack.Id)));
        Assert.Equal(firstUtcNow, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMaxDateCacheKey(stack.Id)));
        Assert.Equal(1, await _cache.GetAsync<long>(StackService.GetStackOccurrenceCountCacheKey(stack.Id), 0));
        occurrenceSet = await _cache.GetListAsync<StackUsageKey>(StackService.GetStackOccurrenceSetCacheKey());
        Assert.Single(occurrenceSet.Value);

        var secondUtcNow = DateTime.UtcNow.Floor(TimeSpan.FromMilliseconds(1));
        await _stackService.IncrementStackUsageAsync(TestConstants.OrganizationId, TestConstants.ProjectId, stack.Id, secondUtcNow, secondUtcNow, 2);

        // Assert state in cache has been changed after increment usage again
        Assert.Equal(firstUtcNow, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMinDateCacheKey(stack.Id)));
        Assert.Equal(secondUtcNow, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMaxDateCacheKey(stack.Id)));
        Assert.Equal(3, await _cache.GetAsync<long>(StackService.GetStackOccurrenceCountCacheKey(stack.Id), 0));
        occurrenceSet = await _cache.GetListAsync<StackUsageKey>(StackService.GetStackOccurrenceSetCacheKey());
        Assert.Single(occurrenceSet.Value);
    }

    [Fact]
    public async Task IncrementUsageConcurrently()
    {
        var stack = await _stackRepository.AddAsync(_stackData.GenerateStack(id: TestConstants.StackId, projectId: TestConstants.ProjectId, organizationId: TestConstants.OrganizationId));
        var stack2 = await _stackRepository.AddAsync(_stackData.GenerateStack(id: TestConstants.StackId2, projectId: TestConstants.ProjectId, organizationId: TestConstants.OrganizationId));

        DateTime? minOccurrenceDate = null, maxOccurrenceDate = null;
        var tasks = new List<Task>();
        for (int i = 0; i < 10; i++)
        {
            tasks.Add(IncrementUsageBatch());
        }
        await Task.WhenAll(tasks);

        // Assert stack state has no change after increment usage
        stack = await _stackRepository.GetByIdAsync(TestConstants.StackId);
        Assert.NotNull(stack);
        Assert.Equal(0, stack.TotalOccurrences);
        Assert.True(stack.FirstOccurrence <= DateTime.UtcNow);
        Assert.True(stack.LastOccurrence <= DateTime.UtcNow);

        // Assert state in cache has been changed after increment usage
        Assert.Equal(minOccurrenceDate, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMinDateCacheKey(stack.Id)));
        Assert.Equal(maxOccurrenceDate, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMaxDateCacheKey(stack.Id)));
        Assert.Equal(100, await _cache.GetAsync<long>(StackService.GetStackOccurrenceCountCacheKey(stack.Id), 0));

        stack2 = await _stackRepository.GetByIdAsync(TestConstants.StackId2);
        Assert.NotNull(stack2);
        Assert.Equal(0, stack2.TotalOccurrences);
        Assert.True(stack2.FirstOccurrence <= DateTime.UtcNow);
        Assert.True(stack2.LastOccurrence <= DateTime.UtcNow);

        // Assert state in cache has been changed after increment usage
        Assert.Equal(minOccurrenceDate, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMinDateCacheKey(stack2.Id)));
        Assert.Equal(maxOccurrenceDate, await _cache.GetUnixTimeMillisecondsAsync(StackService.GetStackOccurrenceMaxDateCacheKey(stack2.Id)));
        Assert.Equal(200, await _cache.GetAsync<long>(StackService.GetStackOccurrenceCountCacheKey(stack2.Id), 0));

        var occurrenceSet = await _cache.GetListAsync<StackUsageKey>(StackService.GetStackOccurrenceSetCacheKey());
        Assert.Equal(2, occurrenceSet.Value.Count);

        async Task IncrementUsageBatch()
        {
            for (int i = 0; i < 10; i++)
            {
                var utcNow = DateTime.UtcNow.Floor(TimeSpan.FromMilliseconds(1));
                minOccurrenceDate ??= utcNow;
                maxOccurrenceDate = utcNow;

                await _stackService.IncrementStackUsageAsync(TestConstants.OrganizationId, TestConstants.ProjectId, stack.Id, utcNow, utcNow, 1);
                await _stackService.IncrementStackUsageAsync(TestConstants.OrganizationId, TestConstants.ProjectId, stack2.Id, utcNow, utcNow, 2);
            }
        }
    }

    [Fact]
    public async Task CanSaveStackUsage()
    {
        var stack = await _stackRepository.AddAsync(_stackData.GenerateStack(id: TestConstants.StackId, projectId: TestConstants.ProjectId, organizationId: TestConstants.OrganizationId));

        var utcNow = DateTime.UtcNow.Floor(TimeSpan.FromMilliseconds(1));
        DateTime minOccurrenceDate = utcNow.AddMinutes(-1), maxOccurrenceDate = utcNow;
        await _stackService.IncrementStackUsageAsync(TestConstants.OrganizationId, TestConstants.ProjectId, stack.Id, minOccurrenceDate, maxOccurrenceDate, 10);

        await _stackService.SaveStackUsagesAsync(false, TestCancellationToken);

        // Assert state in cache after save stack usage
        Assert.Equal(0, await _cache.GetAsync<long>(StackService.GetStackOccurrenceCountCacheKey(stack.Id), 0));

        // Assert stack state after save stack usage
        stack = await _stackRepository.GetByIdAsync(TestConstants.StackId);
        Assert.NotNull(stack);
        Assert.Equal(10, stack.TotalOccurrences);
        Assert.Equal(minOccurrenceDate, stack.FirstOccurrence);
        Assert.Equal(maxOccurrenceDate, stack.LastOccurrence);
    }
}
