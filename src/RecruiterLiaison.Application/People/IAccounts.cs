using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.People;

/// <summary>A sign-in account to make for an accepted invitation; the password is checked against Identity's rules.</summary>
public sealed record NewAccount(Guid AgencyId, string Email, string DisplayName, Role Role, string Password);

/// <summary>
/// Sign-in accounts, as the application needs them (Infrastructure implements it with
/// ASP.NET Core Identity). Handlers check who may do what and audit; this only does it.
/// </summary>
public interface IAccounts
{
    /// <summary>Identity's password rules, in words, for the page that sets a password.</summary>
    IReadOnlyList<string> PasswordRules { get; }

    /// <summary>Whether any account, in any agency, has this e-mail address (addresses are unique).</summary>
    Task<bool> ExistsAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The agency of the account with this e-mail address, or null when there is none.</summary>
    Task<Guid?> AgencyOfAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Creates the account in its role; a weak password is a failure keyed <c>password</c>.</summary>
    Task<Result<Guid>> CreateAsync(NewAccount account, CancellationToken cancellationToken = default);

    /// <summary>Removes an account that was created a moment ago for an invitation that could not be accepted after all.</summary>
    Task DeleteNewAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Moves the person to another role and renews their security stamp, so open sessions sign in again with it.</summary>
    Task ChangeRoleAsync(Guid userId, Role role, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets <c>DeactivatedAt</c> and renews the security stamp: sign-in and tokens are refused, and
    /// open circuits lose access at their next revalidation. Nothing else is revoked; history stays.
    /// </summary>
    Task DeactivateAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Lets the person sign in again; their tokens work again too.</summary>
    Task ReactivateAsync(Guid userId, CancellationToken cancellationToken = default);
}
