namespace SmartRegion.Kernel.Outbox;

/// <summary>The handlers every node runs for every event: their registration key and whether a host has any.</summary>
public static class LocalProjections
{
    /// <summary>The service key under which local projection handlers are registered.</summary>
    public const string Key = "local-projection";

    /// <summary>Whether <paramref name="handlerType"/> is marked as a local projection.</summary>
    public static bool IsMarked(Type handlerType)
    {
        ArgumentNullException.ThrowIfNull(handlerType);
        return handlerType.IsDefined(typeof(LocalProjectionAttribute), inherit: false);
    }
}
