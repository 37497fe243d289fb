using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Submissions;

/// <summary>A stage as people read it, in messages and field errors.</summary>
public static class StageNames
{
    public static string Describe(SubmissionStage stage) => stage switch
    {
        SubmissionStage.RecruiterScreen => "Recruiter screen",
        SubmissionStage.FirstClientInterview => "First interview",
        SubmissionStage.FurtherInterviews => "Further interviews",
        SubmissionStage.RemovedFromConsideration => "Removed from consideration",
        _ => stage.ToString(),
    };

    /// <summary>"Offer, Rejected or Withdrawn".</summary>
    public static string List(IEnumerable<SubmissionStage> stages)
    {
        var names = stages.Select(Describe).ToList();
        return names.Count switch
        {
            0 => "none",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " or " + names[^1],
        };
    }

    /// <summary>The stages a recruiter may set by hand on this submission now, in the process's order.</summary>
    public static IReadOnlyList<SubmissionStage> AllowedByHand(Submission submission) =>
        Submission.StagesSetByHand.Where(submission.CanMoveByHandTo).ToList();
}
