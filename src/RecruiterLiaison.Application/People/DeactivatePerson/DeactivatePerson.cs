using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.People.DeactivatePerson;

/// <summary>
/// An admin deactivates someone else at the agency: they cannot sign in, their tokens answer
/// 401, their open pages lose access at the next check; everything they did stays.
/// </summary>
public sealed class DeactivatePersonHandler(IAppDbContextFactory contexts, IAccounts accounts, TimeProvider clock)
{
    public Task<Result<PersonRow>> HandleAsync(CurrentUser user, Guid personId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return PersonActions.ActAsync(contexts, user, personId, "deactivate", now, async person =>
        {
            if (!person.IsActive)
            {
                return ((string, string)?)null;
            }

            await accounts.DeactivateAsync(person.Id, now, cancellationToken);
            return (AuditActions.PersonDeactivated, $"Deactivated {person.DisplayName} ({person.Email}, {person.Role})");
        }, cancellationToken);
    }
}
