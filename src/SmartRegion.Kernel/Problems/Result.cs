namespace SmartRegion.Kernel.Problems;

/// <summary>The outcome of a use case: a value, or validation errors keyed by field name.</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyDictionary<string, string[]>? errors)
    {
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    /// <summary>The value when valid.</summary>
    public T? Value { get; }

    /// <summary>Messages per field; empty when valid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>A successful outcome.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>A failed outcome.</summary>
    public static Result<T> Invalid(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(default, errors.ToDictionary());
    }

    /// <summary>Errors as a dictionary for <c>TypedResults.ValidationProblem</c>.</summary>
    public IDictionary<string, string[]> ErrorDictionary => Errors.ToDictionary(e => e.Key, e => e.Value);
}
