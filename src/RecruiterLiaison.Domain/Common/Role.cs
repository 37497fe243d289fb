namespace RecruiterLiaison.Domain.Common;

/// <summary>The four roles of DOMAIN.md; the names are also the Identity role names.</summary>
public enum Role
{
    Candidate,
    Recruiter,
    Client,
    AgencyAdmin,
}
