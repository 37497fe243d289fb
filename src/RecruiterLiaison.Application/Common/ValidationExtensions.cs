using FluentValidation;
using FluentValidation.Results;

namespace RecruiterLiaison.Application.Common;

public static class ValidationExtensions
{
    /// <summary>Field errors keyed by property name in camelCase, as forms and JSON bodies spell them.</summary>
    public static Failure ToFailure(this ValidationResult result) =>
        Failure.Invalid("Some fields need attention.", result.Errors
            .GroupBy(e => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));

    /// <summary>The row version the caller read; without it an edit could silently undo someone else's.</summary>
    public static IRuleBuilderOptions<T, uint> RowVersion<T>(this IRuleBuilder<T, uint> rule) =>
        rule.NotEmpty().WithMessage("Send the version you read (reload to get it).");
}
