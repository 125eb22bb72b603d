using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Outbox;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>A host with one more module's worth of personal data: it contributes to the export and reacts to deletions.</summary>
public sealed class PrivacyHost : SmartRegionHost
{
    public ConcurrentDictionary<Guid, string> OtherModuleData { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.AddScoped<IPersonalDataContributor, OtherModuleContributor>();
        services.AddIntegrationEventHandler<PersonDeleted, OtherModuleForgetsPerson>();
    }

    internal sealed class OtherModuleContributor(PrivacyHost host) : IPersonalDataContributor
    {
        public string Section => "other-module";

        public Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken) =>
            Task.FromResult<object?>(host.OtherModuleData.TryGetValue(person.Value, out var note) ? new { note } : null);
    }

    internal sealed class OtherModuleForgetsPerson(PrivacyHost host) : IIntegrationEventHandler<PersonDeleted>
    {
        public Task HandleAsync(PersonDeleted integrationEvent, CancellationToken cancellationToken)
        {
            host.OtherModuleData.TryRemove(integrationEvent.PersonId.Value, out _);
            return Task.CompletedTask;
        }
    }
}
