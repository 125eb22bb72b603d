namespace SmartRegion.Kernel.Database;

/// <summary>The module <see cref="ModuleDbContext"/> service types registered in this host, in registration order.</summary>
public sealed class ModuleDatabases
{
    private readonly List<Type> _types = [];

    /// <summary>The registered context service types.</summary>
    public IReadOnlyList<Type> Types => _types;

    internal void Add(Type type)
    {
        if (!_types.Contains(type))
        {
            _types.Add(type);
        }
    }
}
