namespace SmartRegion.Kernel.Database;

/// <summary>
/// A module's database context. Most modules derive from <see cref="ModuleDbContext"/>; a module whose context must
/// derive from a library's base (the Hub's identity store) implements this and calls <see cref="ModuleModel"/>.
/// </summary>
public interface IModuleDb
{
    /// <summary>The module's short name in lower case, used as the table prefix (<c>hub</c>, <c>help</c>).</summary>
    string ModuleName { get; }
}
