using MudBlazor;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Positions;

namespace RecruiterLiaison.Web.Components.Pages.Workspace.Components;

/// <summary>How seniority and position status read on the workspace pages.</summary>
public static class WorkspaceText
{
    public static string Describe(Seniority seniority) => seniority switch
    {
        Seniority.SeniorLeader => "Senior leader",
        _ => seniority.ToString(),
    };

    public static string Describe(PositionStatus status) => status switch
    {
        PositionStatus.OnHold => "On hold",
        _ => status.ToString(),
    };

    public static Color Colour(PositionStatus status) => status switch
    {
        PositionStatus.Open => Color.Success,
        PositionStatus.OnHold => Color.Warning,
        PositionStatus.Filled => Color.Info,
        _ => Color.Default,
    };
}
