using FluentValidation;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Clients;

/// <summary>The field rules client and contact commands share, with the limits of <see cref="Limits"/>.</summary>
internal static class ClientRules
{
    public static IRuleBuilderOptions<T, string?> ClientName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the client a name.")
            .MaximumLength(Limits.NameLength).WithMessage($"A client's name is at most {Limits.NameLength} characters.");

    public static IRuleBuilderOptions<T, string?> ContactName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the contact's name.")
            .MaximumLength(Limits.NameLength).WithMessage($"A name is at most {Limits.NameLength} characters.");

    public static IRuleBuilderOptions<T, string?> JobTitle<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Limits.TitleLength).WithMessage($"A job title is at most {Limits.TitleLength} characters.");

    public static IRuleBuilderOptions<T, string?> ContactEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Give the contact's e-mail address.")
            .MaximumLength(Limits.EmailLength).WithMessage($"An e-mail address is at most {Limits.EmailLength} characters.")
            .Must(e => e is null || (e.Trim().IndexOf('@') is > 0 && e.Trim().IndexOf('@') < e.Trim().Length - 1 && !e.Trim().Contains(' ')))
            .WithMessage("That is not an e-mail address (name@example.com).");

    public static IRuleBuilderOptions<T, Seniority?> ContactSeniority<T>(this IRuleBuilder<T, Seniority?> rule) =>
        rule.NotNull().WithMessage("Choose staff, manager, senior leader or executive.")
            .IsInEnum().WithMessage("Choose staff, manager, senior leader or executive.");
}
