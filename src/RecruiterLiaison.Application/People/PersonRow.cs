using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.People;

/// <summary>A person with an account at the agency, as the admin's page and the API list them.</summary>
public sealed record PersonRow(Guid Id, string DisplayName, string Email, Role Role, DateTimeOffset? DeactivatedAt)
{
    public bool IsActive => DeactivatedAt is null;

    /// <summary>Recruiters and admins: the roles an admin may swap between.</summary>
    public bool IsStaff => Role is Role.Recruiter or Role.AgencyAdmin;

    public static PersonRow From(UserSummary user) => new(user.Id, user.DisplayName, user.Email, Enum.Parse<Role>(user.Role), user.DeactivatedAt);
}

/// <summary>
/// What changing a role, deactivating and reactivating share: only an admin, never on
/// themselves, only someone of their own agency (anyone else is a 404, audited).
/// </summary>
internal static class PersonActions
{
    public static async Task<Result<PersonRow>> ActAsync(IAppDbContextFactory contexts, CurrentUser user, Guid personId, string what, DateTimeOffset now,
        Func<PersonRow, Task<Result<(string Action, string Detail)?>>> act, CancellationToken cancellationToken)
    {
        if (!user.Is(Role.AgencyAdmin))
        {
            await contexts.AuditRefusalAsync(user, "User", personId, what, now);
            return new Failure(FailureKind.Forbidden, "Only an agency admin manages people.");
        }

        var person = await FindAsync(contexts, user, personId, cancellationToken);
        if (person is null)
        {
            await contexts.AuditRefusalAsync(user, "User", personId, what, now);
            return Failure.NotFound("person");
        }

        if (person.Id == user.UserId)
        {
            return Failure.Invalid($"You cannot {what} yourself; ask another admin.");
        }

        var outcome = await act(person);
        if (!outcome.Succeeded)
        {
            return outcome.Failure!;
        }

        if (outcome.Value is { } audit)
        {
            await using var db = await contexts.CreateAsync(cancellationToken);
            db.Audit(user, audit.Action, "User", person.Id, audit.Detail, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (await FindAsync(contexts, user, personId, cancellationToken))!;
    }

    private static async Task<PersonRow?> FindAsync(IAppDbContextFactory contexts, CurrentUser user, Guid personId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var found = await db.Users.Where(u => u.Id == personId && u.AgencyId == user.AgencyId).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : PersonRow.From(found);
    }
}
