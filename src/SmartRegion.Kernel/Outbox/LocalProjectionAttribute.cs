namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Marks an integration event handler that keeps node-local state current (a search index, a cache, derived files): every
/// app node runs it for every event, so it is registered with <c>AddLocalProjection</c>, never once per cluster.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LocalProjectionAttribute : Attribute;
