using Exceptionless.Core;
using Exceptionless.Core.Jobs.WorkItemHandlers;
using Exceptionless.Web.Hubs;
using Exceptionless.Web.Mapping;
using Exceptionless.Web.Security;
using Foundatio.Extensions.Hosting.Startup;
using Foundatio.Jobs;
using Foundatio.Messaging;

namespace Exceptionless.Web;

public class Bootstrapper
{
    public static void RegisterServices(IServiceCollection services, AppOptions appOptions, ILoggerFactory loggerFactory)
    {
        services.AddSingleton<WebSocketConnectionManager>();
        services.AddSingleton<MessageBusBroker>();

        services.AddSingleton<ApiMapper>();
        services.AddSingleton<IOAuthProviderClient, OAuthProviderClient>();

        Core.Bootstrapper.RegisterServices(services, appOptions);
        Insulation.Bootstrapper.RegisterServices(services, appOptions, appOptions.RunJobsInProcess);

        if (appOptions.RunJobsInProcess)
            Core.Bootstrapper.AddHostedJobs(services, loggerFactory);

        var logger = loggerFactory.CreateLogger<Program>();
        services.AddStartupAction<MessageBusBroker>();
        services.AddStartupAction("Subscribe to Log Work Item Progress", (sp, ct) =>
        {
            var subscriber = sp.GetRequiredService<IMessageSubscriber>();
            return subscriber.SubscribeAsync<WorkItemStatus>(workItemStatus =>
            {
                if (logger.IsEnabled(LogLevel.Trace))
                    logger.LogTrace("WorkItem id:{WorkItemId} message:{Message} progress:{Progress}", workItemStatus.WorkItemId ?? "<NULL>", workItemStatus.Message ?? "<NULL>", workItemStatus.Progress);

                return Task.CompletedTask;
            }, ct);
        });

        services.AddSingleton<EnqueueOrganizationNotificationOnPlanOverage>();
        services.AddStartupAction<EnqueueOrganizationNotificationOnPlanOverage>();
    }
}
