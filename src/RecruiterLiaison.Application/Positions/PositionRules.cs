using FluentValidation;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Positions;

/// <summary>The field rules position and requirement commands share, with the limits of <see cref="Limits"/>.</summary>
internal static class PositionRules
{
    public static IRuleBuilderOptions<T, string?> PositionTitle<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the position a title.")
            .MaximumLength(Limits.TitleLength).WithMessage($"A title is at most {Limits.TitleLength} characters.");

    public static IRuleBuilderOptions<T, string?> PositionLocation<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Limits.NameLength).WithMessage($"A location is at most {Limits.NameLength} characters.");

    public static IRuleBuilderOptions<T, string?> PositionDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Limits.LongTextLength).WithMessage($"A description is at most {Limits.LongTextLength} characters.");

    public const string RequirementMissing = "Write the requirement (a skill or criterion the client will rate).";

    public static readonly string RequirementTooLong = $"A requirement is at most {Limits.NameLength} characters.";

    public static IRuleBuilderOptions<T, string?> RequirementName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage(RequirementMissing)
            .MaximumLength(Limits.NameLength).WithMessage(RequirementTooLong);
}
