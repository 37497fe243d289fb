using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.People.ChangePersonRole;

public sealed record ChangePersonRoleCommand(Guid PersonId, Role? Role);

/// <summary>
/// An admin makes a recruiter an admin or an admin a recruiter (never themselves). A client
/// contact's or candidate's account is tied to their record and keeps its role.
/// </summary>
public sealed class ChangePersonRoleHandler(IAppDbContextFactory contexts, IAccounts accounts, TimeProvider clock)
{
    public Task<Result<PersonRow>> HandleAsync(CurrentUser user, ChangePersonRoleCommand command, CancellationToken cancellationToken = default) =>
        PersonActions.ActAsync(contexts, user, command.PersonId, "change the role of", clock.GetUtcNow(), async person =>
        {
            if (command.Role is not (Role.Recruiter or Role.AgencyAdmin) || !person.IsStaff)
            {
                return Failure.Field("role", person.IsStaff
                    ? "Choose Recruiter or AgencyAdmin."
                    : $"{person.DisplayName}'s account is tied to their {(person.Role == Role.Client ? "contact" : "candidate")} record; only recruiters and admins change roles.");
            }

            if (person.Role == command.Role)
            {
                return ((string, string)?)null;
            }

            await accounts.ChangeRoleAsync(person.Id, command.Role.Value, cancellationToken);
            return (AuditActions.PersonRoleChanged, $"{person.DisplayName} ({person.Email}) changed from {person.Role} to {command.Role}; their open sessions sign in again");
        }, cancellationToken);
}
