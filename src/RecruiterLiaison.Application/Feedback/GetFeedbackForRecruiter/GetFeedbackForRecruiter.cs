using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Feedback;

namespace RecruiterLiaison.Application.Feedback.GetFeedbackForRecruiter;

public sealed record ChaseView(int Step, DateTimeOffset SentAt, string Contact);

public sealed record RatingView(string Requirement, int Rating, string Comment);

public sealed record ReceivedFeedback(string From, FeedbackDecision Decision, string Notes, DateTimeOffset PostedAt, IReadOnlyList<RatingView> Ratings, string? CandidateSummary, DateTimeOffset? RelayedAt);

public sealed record RecruiterFeedbackView(
    Guid InterviewId, string Candidate, string Position, string Client, int Round, DateTimeOffset InterviewAt,
    DateTimeOffset? DueAt, FeedbackWindowStatus? Status, IReadOnlyList<ChaseView> Chases, ReceivedFeedback? Feedback, string SuggestedSummary);

/// <summary>
/// The recruiter's view of one interview's feedback: the window and its chases, the raw
/// feedback, and a candidate-facing summary prefilled from the ratings and unmet requirements.
/// </summary>
public sealed class GetFeedbackForRecruiterHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public static string RatingName(int rating) => rating switch
    {
        1 => "Not met",
        2 => "Partly met",
        3 => "Met",
        4 => "Exceeded",
        _ => rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async Task<RecruiterFeedbackView?> HandleAsync(CurrentUser user, Guid interviewId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateAsync(cancellationToken);
        var head = user.Is(Role.Recruiter)
            ? await (
                    from i in db.Interviews
                    where i.Id == interviewId && i.AgencyId == user.AgencyId
                    join s in db.Submissions on i.SubmissionId equals s.Id
                    join c in db.Candidates on s.CandidateId equals c.Id
                    join p in db.Positions on s.PositionId equals p.Id
                    join company in db.ClientCompanies on p.ClientCompanyId equals company.Id
                    select new { Candidate = c.Name, Position = p.Title, Client = company.Name, i.Round, i.ScheduledAt })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (head is null)
        {
            await contexts.AuditRefusalAsync(user, "Interview", interviewId, "read interview feedback", clock.GetUtcNow());
            return null;
        }

        var window = await db.FeedbackWindows.AsNoTracking().Include(w => w.Chases).SingleOrDefaultAsync(w => w.InterviewId == interviewId, cancellationToken);
        var contactNames = await db.ClientContacts.Where(c => c.AgencyId == user.AgencyId).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var feedback = await db.ClientFeedback.AsNoTracking().Include(f => f.Ratings).SingleOrDefaultAsync(f => f.InterviewId == interviewId, cancellationToken);
        ReceivedFeedback? received = null;
        var suggested = "";
        if (feedback is not null)
        {
            var ratedIds = feedback.Ratings.Select(x => x.RequirementId).ToList();
            var requirements = await db.Requirements.Where(r => ratedIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (r.Name, r.Ordinal), cancellationToken);
            var ratings = feedback.Ratings
                .OrderBy(r => requirements.TryGetValue(r.RequirementId, out var requirement) ? requirement.Ordinal : int.MaxValue)
                .Select(r => new RatingView(requirements.TryGetValue(r.RequirementId, out var requirement) ? requirement.Name : "?", r.Rating, r.Comment))
                .ToList();
            received = new ReceivedFeedback(contactNames.GetValueOrDefault(feedback.ContactId, "the client"), feedback.Decision, feedback.Notes, feedback.PostedAt, ratings, feedback.CandidateSummary, feedback.RelayedAt);
            suggested = SuggestSummary(head.Position, feedback.Decision, ratings);
        }

        return new RecruiterFeedbackView(interviewId, head.Candidate, head.Position, head.Client, head.Round, head.ScheduledAt, window?.DueAt, window?.Status,
            window?.Chases.OrderBy(c => c.Step).Select(c => new ChaseView(c.Step, c.SentAt, contactNames.GetValueOrDefault(c.ContactId, "?"))).ToList() ?? [],
            received, suggested);
    }

    /// <summary>A starting point in words fit to share: strengths first, then what was missing; never the raw scores.</summary>
    public static string SuggestSummary(string position, FeedbackDecision decision, IReadOnlyList<RatingView> ratings)
    {
        var strengths = ratings.Where(r => r.Rating >= 3).Select(r => r.Requirement.ToLowerInvariant()).ToList();
        var gaps = ratings.Where(r => r.Rating <= 2).ToList();
        var opening = decision switch
        {
            FeedbackDecision.Advance => $"Good news: the client would like to take you forward for the {position} role.",
            FeedbackDecision.Hold => $"The client is still weighing up candidates for the {position} role and has put decisions on hold for now.",
            _ => $"The client has decided not to take your application for the {position} role further.",
        };
        var text = opening;
        if (strengths.Count > 0)
        {
            text += $" They were impressed by your {string.Join(", ", strengths)}.";
        }

        if (gaps.Count > 0)
        {
            // Requirement names only: the client's own comments are for the agency, and the
            // recruiter decides what of them to share, in their own words.
            text += " Where they wanted more: " + string.Join("; ", gaps.Select(g => g.Requirement.ToLowerInvariant())) + ".";
        }

        return text;
    }
}
