using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Contracts.Privacy;

/// <summary>
/// A module's part of "Meine Daten": everything the module holds about one person, as a JSON-serialisable object.
/// Register implementations as scoped services; the Hub collects all of them into one file.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>Name of the section in the export, e.g. <c>hub</c>.</summary>
    string Section { get; }

    /// <summary>The person's data, or null when the module holds nothing about them.</summary>
    Task<object?> CollectAsync(PersonId person, CancellationToken cancellationToken);
}
