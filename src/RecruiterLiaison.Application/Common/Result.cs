namespace RecruiterLiaison.Application.Common;

/// <summary>Why a use case did not happen, in a form pages and the API both translate.</summary>
public enum FailureKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>Field errors keyed by the field's name as the form and the JSON body spell it.</summary>
public sealed record Failure(FailureKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>For a conflict: the record as it now stands, so the loser sees what happened.</summary>
    public object? Current { get; init; }

    public static Failure NotFound(string what = "record") => new(FailureKind.NotFound, $"That {what} was not found.");

    public static Failure Invalid(string message, IReadOnlyDictionary<string, string[]>? errors = null) => new(FailureKind.Invalid, message, errors);

    public static Failure Conflict(string message, object? current = null) => new(FailureKind.Conflict, message) { Current = current };

    /// <summary>One field's error; the key is camelCase, as forms and JSON bodies spell fields.</summary>
    public static Failure Field(string field, string message) =>
        new(FailureKind.Invalid, message, new Dictionary<string, string[]> { [char.ToLowerInvariant(field[0]) + field[1..]] = [message] });
}

/// <summary>The outcome of a use case: a value or a failure, never an exception for expected cases.</summary>
public sealed class Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public bool Succeeded => Failure is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Failure failure) => new(default, failure);
}
