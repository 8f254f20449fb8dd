using System.Diagnostics;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.ReindexRethrottle;
using Exceptionless.Core.Models;
using Exceptionless.Core.Repositories.Configuration;
using Foundatio.Caching;
using Foundatio.Repositories.Elasticsearch.Extensions;
using Foundatio.Repositories.Migrations;
using Microsoft.Extensions.Logging;

namespace Exceptionless.Core.Migrations;

public sealed class SetStackDuplicateSignature : MigrationBase
{
    private readonly ElasticsearchClient _client;
    private readonly ExceptionlessElasticConfiguration _config;
    private readonly ICacheClient _cache;
    private readonly TimeProvider _timeProvider;

    public SetStackDuplicateSignature(ExceptionlessElasticConfiguration configuration, TimeProvider timeProvider, ILoggerFactory loggerFactory) : base(loggerFactory)
    {
        _config = configuration;
        _client = configuration.Client;
        _cache = configuration.Cache;
        _timeProvider = timeProvider;

        MigrationType = MigrationType.Repeatable;
    }

    public override async Task RunAsync(MigrationContext context)
    {
        _logger.LogInformation("Begin refreshing all indices");
        await _config.Client.Indices.RefreshAsync(Indices.All);
        _logger.LogInformation("Done refreshing all indices");

        _logger.LogInformation("Updating Stack mappings...");
        var response = await _client.Indices.PutMappingAsync<Stack>(d =>
        {
            d.Indices(_config.Stacks.VersionedName);
            d.Properties(p => p.Keyword(s => s.DuplicateSignature));
        });
        _logger.LogRequest(response);

        _logger.LogInformation("Start populating stack duplicate signature");
        var sw = Stopwatch.StartNew();
        const string script = "ctx._source.duplicate_signature = ctx._source.project_id + ':' + ctx._source.signature_hash;";
        var stackResponse = await _client.UpdateByQueryAsync<Stack>(x => x
            .Query(q => q.QueryString(qs => qs.Query("NOT _exists_:duplicate_signature")))
            .Script(s => s.Source(script).Lang(ScriptLanguage.Painless))
            .Conflicts(Conflicts.Proceed)
            .WaitForCompletion(false));

        _logger.LogRequest(stackResponse, Microsoft.Extensions.Logging.LogLevel.Information);

        var taskId = stackResponse.Task;
        int attempts = 0;
        long affectedRecords = 0;
        do
        {
            attempts++;
            var taskStatus = await _client.Tasks.GetAsync(taskId!.FullyQualifiedId);
            var status = taskStatus.Task.Status as ReindexStatus;
            if (taskStatus.Completed)
            {
                // TODO: need to check to see if the task failed or completed successfully. Throw if it failed.
                _logger.LogInformation("Script operation task ({TaskId}) completed: Created: {Created} Updated: {Updated} Deleted: {Deleted} Conflicts: {Conflicts} Total: {Total}", taskId, status?.Created, status?.Updated, status?.Deleted, status?.VersionConflicts, status?.Total);
                affectedRecords += (status?.Created ?? 0) + (status?.Updated ?? 0) + (status?.Deleted ?? 0);
                break;
            }

            _logger.LogInformation("Checking script operation task ({TaskId}) status: Created: {Created} Updated: {Updated} Deleted: {Deleted} Conflicts: {Conflicts} Total: {Total}", taskId, status?.Created, status?.Updated, status?.Deleted, status?.VersionConflicts, status?.Total);
            var delay = TimeSpan.FromSeconds(attempts <= 5 ? 1 : 5);
            await Task.Delay(delay, _timeProvider, context.CancellationToken);
        } while (true);

        _logger.LogInformation("Finished adding stack duplicate signature: Time={Duration:d\\.hh\\:mm} Completed={Completed:N0} Total={Total:N0} Errors={Errors:N0}", sw.Elapsed, affectedRecords, stackResponse.Total, stackResponse.Failures?.Count ?? 0);

        _logger.LogInformation("Invalidating Stack Cache");
        await _cache.RemoveByPrefixAsync(nameof(Stack));
        _logger.LogInformation("Invalidating Stack Cache");
    }
}
