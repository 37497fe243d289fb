using FluentValidation.Results;

namespace RecruiterLiaison.Application.Common;

public static class ValidationExtensions
{
    /// <summary>Field errors keyed by property name in camelCase, as forms and JSON bodies spell them.</summary>
    public static Failure ToFailure(this ValidationResult result) =>
        Failure.Invalid("Some fields need attention.", result.Errors
            .GroupBy(e => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
}
