namespace SmartRegion.Kernel.Problems;

/// <summary>Collects validation messages per field, in the order the fields appear on the form.</summary>
public sealed class ValidationErrors
{
    private readonly List<KeyValuePair<string, List<string>>> _errors = [];

    /// <summary>True when nothing was added.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Adds a message for a field.</summary>
    public ValidationErrors Add(string field, string message)
    {
        var existing = _errors.FindIndex(e => e.Key == field);
        if (existing >= 0)
        {
            _errors[existing].Value.Add(message);
        }
        else
        {
            _errors.Add(new(field, [message]));
        }

        return this;
    }

    /// <summary>Adds a message when the condition holds.</summary>
    public ValidationErrors AddIf(bool condition, string field, string message) => condition ? Add(field, message) : this;

    /// <summary>The messages as an ordered dictionary.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary()
    {
        var result = new System.Collections.Generic.OrderedDictionary<string, string[]>();
        foreach (var (field, messages) in _errors)
        {
            result.Add(field, [.. messages]);
        }

        return result;
    }
}
