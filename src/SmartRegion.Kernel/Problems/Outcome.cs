using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SmartRegion.Kernel.Problems;

/// <summary>How a use case that acts on an existing record ended; see <see cref="Outcome{T}"/>.</summary>
public enum OutcomeKind
{
    /// <summary>Done; the value is set.</summary>
    Ok,

    /// <summary>The input was wrong; the errors say which field and why.</summary>
    Invalid,

    /// <summary>The person may not do this (answered with 403).</summary>
    Forbidden,

    /// <summary>The record does not exist (answered with 404).</summary>
    NotFound,

    /// <summary>The record's state does not allow it (answered with 409).</summary>
    Conflict,
}

/// <summary>
/// The outcome of a use case that can also be refused: a value, validation errors, or forbidden, not found or a
/// conflict with a message for the person. Pages show the message; the API answers with problem details.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, IReadOnlyDictionary<string, string[]>? errors, string? message)
    {
        Kind = kind;
        Value = value;
        Errors = errors ?? new Dictionary<string, string[]>();
        Message = message;
    }

    /// <summary>How it ended.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="OutcomeKind.Ok"/>.</summary>
    public T? Value { get; }

    /// <summary>Messages per field when invalid; otherwise empty.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The reason, for forbidden, not found and conflict.</summary>
    public string? Message { get; }

    /// <summary>True when done.</summary>
    public bool IsOk => Kind == OutcomeKind.Ok;

    /// <summary>A successful outcome.</summary>
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);

    /// <summary>Invalid input.</summary>
    public static Outcome<T> Invalid(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(OutcomeKind.Invalid, default, errors.ToDictionary(), null);
    }

    /// <summary>The person may not do this.</summary>
    public static Outcome<T> Forbidden(string message) => new(OutcomeKind.Forbidden, default, null, message);

    /// <summary>No such record.</summary>
    public static Outcome<T> NotFound(string message) => new(OutcomeKind.NotFound, default, null, message);

    /// <summary>The record's state does not allow it.</summary>
    public static Outcome<T> Conflict(string message) => new(OutcomeKind.Conflict, default, null, message);

    /// <summary>Invalid input as a validation problem (400) with the messages per field.</summary>
    public ValidationProblem ToValidationProblem(string? title = null) =>
        TypedResults.ValidationProblem(Expect(OutcomeKind.Invalid).Errors.ToDictionary(e => e.Key, e => e.Value), title: title);

    /// <summary>Forbidden as problem details (403) with the message as detail.</summary>
    public ForbiddenProblem ToForbidden() => new(Expect(OutcomeKind.Forbidden).Message);

    /// <summary>Not found as problem details (404) with the message as detail.</summary>
    public NotFoundProblem ToNotFound() => new(Expect(OutcomeKind.NotFound).Message);

    /// <summary>A conflict as problem details (409) with the message as detail.</summary>
    public ConflictProblem ToConflict() => new(Expect(OutcomeKind.Conflict).Message);

    // An endpoint maps each kind its signature declares; a kind it did not declare is a programming error, so it
    // fails loudly (logged, 500) instead of being answered with a status the endpoint never documented.
    private Outcome<T> Expect(OutcomeKind kind) =>
        Kind == kind ? this : throw new InvalidOperationException($"The endpoint declares no answer for the outcome {Kind} (expected {kind}).");
}
