using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.People;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Infrastructure.Persistence;

namespace RecruiterLiaison.Infrastructure.Identity;

/// <summary>
/// <see cref="IAccounts"/> over Identity's UserManager. Each call opens its own scope, so a
/// long-lived caller (a circuit) never reuses a stale DbContext, and changes that touch more
/// than one row commit in one transaction.
/// </summary>
internal sealed class Accounts(IServiceScopeFactory scopes, IOptions<IdentityOptions> identity) : IAccounts
{
    private const string AlreadyExists = "An account with this invitation's e-mail address already exists; sign in instead.";

    public IReadOnlyList<string> PasswordRules { get; } = Describe(identity.Value.Password);

    public async Task<bool> ExistsAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByEmailAsync(email.Trim()) is not null;
    }

    public async Task<Guid?> AgencyOfAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email.Trim()))?.AgencyId;
    }

    public async Task<Result<Guid>> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var roleName = DependencyInjection.RoleName(account.Role);

        // A fresh deployment (no demo seed) has no role rows until its first account needs one.
        if (!await roles.RoleExistsAsync(roleName))
        {
            await roles.CreateAsync(new ApplicationRole(roleName));
        }

        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            AgencyId = account.AgencyId,
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true, // the link arrived at this address
            DisplayName = account.DisplayName,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, account.Password);
        }
        catch (DbUpdateException)
        {
            // The same address, created a moment ago by a concurrent request: the unique index said no.
            await transaction.RollbackAsync(CancellationToken.None);
            if (await ExistsAsync(account.Email, CancellationToken.None))
            {
                return Failure.Invalid(AlreadyExists);
            }

            throw;
        }

        if (!created.Succeeded)
        {
            return ToFailure(created);
        }

        var inRole = await users.AddToRoleAsync(user, roleName);
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException($"Could not put {account.Email} in the role {roleName}: {string.Join("; ", inRole.Errors.Select(e => e.Description))}");
        }

        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    public async Task DeleteNewAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            await users.DeleteAsync(user);
        }
    }

    public async Task ChangeRoleAsync(Guid userId, Role role, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await RequireAsync(users, userId);
        var roleName = DependencyInjection.RoleName(role);
        if (!await roles.RoleExistsAsync(roleName))
        {
            await roles.CreateAsync(new ApplicationRole(roleName));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user)), user);
        Check(await users.AddToRoleAsync(user, roleName), user);

        // The role is a claim in the cookie: a new stamp makes open sessions sign in again with the new one.
        Check(await users.UpdateSecurityStampAsync(user), user);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeactivateAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await RequireAsync(users, userId);
        user.DeactivatedAt ??= at;
        Check(await users.UpdateSecurityStampAsync(user), user);
    }

    public async Task ReactivateAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await RequireAsync(users, userId);
        user.DeactivatedAt = null;
        Check(await users.UpdateAsync(user), user);
    }

    private static async Task<ApplicationUser> RequireAsync(UserManager<ApplicationUser> users, Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException($"No account {userId}.");

    private static void Check(IdentityResult result, ApplicationUser user)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not change the account of {user.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>Weak passwords are errors beside the password field; anything else about the account is said once.</summary>
    private static Failure ToFailure(IdentityResult result)
    {
        var password = result.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).Select(e => e.Description).ToArray();
        if (password.Length > 0)
        {
            return Failure.Invalid("Choose a stronger password.", new Dictionary<string, string[]> { ["password"] = password });
        }

        return result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
            ? Failure.Invalid(AlreadyExists)
            : Failure.Invalid(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static List<string> Describe(PasswordOptions rules)
    {
        var described = new List<string> { $"at least {rules.RequiredLength} characters" };
        if (rules.RequireUppercase)
        {
            described.Add("an upper-case letter (A–Z)");
        }

        if (rules.RequireLowercase)
        {
            described.Add("a lower-case letter (a–z)");
        }

        if (rules.RequireDigit)
        {
            described.Add("a digit (0–9)");
        }

        if (rules.RequireNonAlphanumeric)
        {
            described.Add("a symbol such as - ! or #");
        }

        if (rules.RequiredUniqueChars > 1)
        {
            described.Add($"at least {rules.RequiredUniqueChars} different characters");
        }

        return described;
    }
}

/// <summary>
/// Identity's sign-in, refusing deactivated people as it refuses a wrong password (the page cannot
/// tell them apart), and spending on every refusal the time a password check takes.
/// </summary>
public sealed class AppSignInManager(
    UserManager<ApplicationUser> users,
    Microsoft.AspNetCore.Http.IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> options,
    Microsoft.Extensions.Logging.ILogger<SignInManager<ApplicationUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    private static string? _decoyHash;

    public override async Task<bool> CanSignInAsync(ApplicationUser user) => user.IsActive && await base.CanSignInAsync(user);

    /// <summary>
    /// An unknown address is refused after a password check like any other: answered without
    /// one, it would come back many times faster than a wrong password, and the clock would say
    /// which addresses have accounts.
    /// </summary>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        // PostgreSQL cannot compare text with a NUL in it; no account has one in its name.
        var user = userName.Contains('\0', StringComparison.Ordinal) ? null : await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            CheckDecoyPassword(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    /// <summary>A locked-out or deactivated account is refused before its password is checked; it costs the same time all the same.</summary>
    protected override async Task<SignInResult?> PreSignInCheck(ApplicationUser user)
    {
        var refused = await base.PreSignInCheck(user);
        if (refused is not null)
        {
            CheckDecoyPassword("");
        }

        return refused;
    }

    /// <summary>Verifies a password against a hash of nobody's, made once with the same hasher and settings as real ones.</summary>
    private void CheckDecoyPassword(string password)
    {
        var decoy = new ApplicationUser();
        _decoyHash ??= UserManager.PasswordHasher.HashPassword(decoy, Guid.NewGuid().ToString());
        UserManager.PasswordHasher.VerifyHashedPassword(decoy, _decoyHash, password);
    }

    /// <summary>The cookie's periodic check: a deactivated person's cookie stops working even before the stamp would.</summary>
    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsActive: true } ? user : null;
    }
}
