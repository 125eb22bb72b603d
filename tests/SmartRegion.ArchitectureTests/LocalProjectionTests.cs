using System.Reflection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ArchitectureTests;

/// <summary>
/// Several app nodes share one database, but each keeps its own search index, page cache and derived files. A handler
/// that updates such state must run on every node (a local projection); registered once per cluster, only the node
/// that happened to take the event would be current.
/// </summary>
public sealed class LocalProjectionTests
{
    private static readonly Type[] HandlerInterfaces = [typeof(IIntegrationEventHandler<>), typeof(IIntegrationEventBatchHandler<>)];

    [Fact]
    public void a_handler_that_takes_node_local_state_is_marked_as_a_local_projection()
    {
        var handlers = Solution.Assemblies.SelectMany(a => a.GetTypes()).Where(IsHandler).ToList();

        var unmarked = handlers
            .Where(h => h.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters()).Any(p => IsNodeLocal(p.ParameterType)))
            .Where(h => !LocalProjections.IsMarked(h))
            .Select(h => h.FullName)
            .ToList();

        Assert.NotEmpty(handlers);
        Assert.True(unmarked.Count == 0, $"Handlers of node-local state without [LocalProjection]: {string.Join(", ", unmarked)}");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void a_local_projection_is_registered_to_run_on_every_node_and_nothing_else_is(string provider)
    {
        var registrations = ModuleHosts.Register(provider).Services
            .Where(d => d.ServiceType.IsGenericType && HandlerInterfaces.Contains(d.ServiceType.GetGenericTypeDefinition()))
            .Select(d => (Handler: d.IsKeyedService ? d.KeyedImplementationType! : d.ImplementationType!, EveryNode: Equals(d.ServiceKey, LocalProjections.Key)))
            .ToList();

        var wrong = registrations.Where(r => r.EveryNode != LocalProjections.IsMarked(r.Handler)).Select(r => $"{r.Handler.Name} (every node: {r.EveryNode})").ToList();

        Assert.Contains(registrations, r => r.EveryNode && r.Handler.Name == "UpdateIndexOnOfferChanged");
        Assert.Contains(registrations, r => !r.EveryNode);
        Assert.True(wrong.Count == 0, $"Registered in the wrong delivery mode: {string.Join(", ", wrong)}");
    }

    private static bool IsHandler(Type type) =>
        type is { IsClass: true, IsAbstract: false } && type.GetInterfaces().Any(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()));

    private static bool IsNodeLocal(Type type) =>
        type.IsDefined(typeof(NodeLocalStateAttribute), inherit: false) || type == typeof(IOutputCacheStore) || type == typeof(IMemoryCache);
}
