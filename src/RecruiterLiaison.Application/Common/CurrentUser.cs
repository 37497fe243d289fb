using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Application.Common;

/// <summary>The signed-in caller, as handlers see it: every query is scoped by these.</summary>
public sealed record CurrentUser(Guid UserId, Guid AgencyId, string Email, string DisplayName, Role Role)
{
    public bool Is(Role role) => Role == role;

    /// <summary>Recruiters and admins: the people who keep the agency's workspace.</summary>
    public bool IsStaff => Role is Role.Recruiter or Role.AgencyAdmin;
}
