using RecruiterLiaison.Application.Common;

namespace RecruiterLiaison.Application.People.ReactivatePerson;

/// <summary>An admin lets a deactivated person sign in again (they sign in afresh; their tokens work again).</summary>
public sealed class ReactivatePersonHandler(IAppDbContextFactory contexts, IAccounts accounts, TimeProvider clock)
{
    public Task<Result<PersonRow>> HandleAsync(CurrentUser user, Guid personId, CancellationToken cancellationToken = default) =>
        PersonActions.ActAsync(contexts, user, personId, "reactivate", clock.GetUtcNow(), async person =>
        {
            if (person.IsActive)
            {
                return ((string, string)?)null;
            }

            await accounts.ReactivateAsync(person.Id, cancellationToken);
            return (AuditActions.PersonReactivated, $"Reactivated {person.DisplayName} ({person.Email}, {person.Role})");
        }, cancellationToken);
}
