using RecruiterLiaison.Application.Candidates.GetCandidate;

namespace RecruiterLiaison.Web.Components.Pages.Workspace.Components;

/// <summary>The candidate form's fields; their names are the commands', for the validators.</summary>
public sealed class CandidateInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Location { get; set; }

    public string? Profile { get; set; }

    public static CandidateInput From(CandidateDetail candidate) => new()
    {
        Name = candidate.Name,
        Email = candidate.Email,
        Phone = candidate.Phone,
        Location = candidate.Location,
        Profile = candidate.Profile,
    };
}
