namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// Marks a type that holds state of one app node only (an index on the node's disk, an in-memory cache). An integration
/// event handler that takes it is a <see cref="LocalProjectionAttribute">local projection</see>; an architecture test
/// checks that.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NodeLocalStateAttribute : Attribute;
