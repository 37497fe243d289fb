using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Notes;
using RecruiterLiaison.Domain.Submissions;

namespace RecruiterLiaison.Application.Notes;

/// <summary>What the checker needs to judge a draft, read from the candidate's real history.</summary>
public sealed record NoteTarget(
    Candidate Candidate, Interview Interview, ClientContact Recipient, Guid ClientCompanyId, Guid PositionId, bool SubmissionClosed, AgencyFacts Agency)
{
    public string SpellingLocale => Agency.SpellingLocale;
}

/// <summary>What the candidate has already sent this client, in the counts the contact rules use.</summary>
internal sealed record NoteHistory(int Last24h, int ThisRound, int FollowUpsThisRound, DateTimeOffset? LastSubmittedAt, bool ApprovedToRecipient)
{
    public static NoteHistory None { get; } = new(0, 0, 0, null, false);
}

/// <summary>The agency settings a check depends on, read with the target rather than one by one.</summary>
public sealed record AgencyFacts(string SpellingLocale, string TimeZone, string Name);

public static class NoteContextBuilder
{
    /// <summary>
    /// Finds the candidate's submission, interview and recipient, or null when any is not theirs.
    /// One query answers who the candidate is, whether the submission and interview are theirs, the
    /// submission's stage and the agency's settings: a submission is checked as it is typed, so each
    /// round trip here is paid on every pause in typing.
    /// </summary>
    public static async Task<NoteTarget?> FindTargetAsync(IAppDbContext db, CurrentUser user, Guid submissionId, Guid interviewId, Guid recipientContactId, CancellationToken cancellationToken)
    {
        var found = await (
                from c in db.Candidates
                where c.UserId == user.UserId && c.AgencyId == user.AgencyId
                join s in db.Submissions on c.Id equals s.CandidateId
                where s.Id == submissionId && s.AgencyId == user.AgencyId
                join p in db.Positions on s.PositionId equals p.Id
                join i in db.Interviews.Include(i => i.Interviewers) on s.Id equals i.SubmissionId
                where i.Id == interviewId
                join a in db.Agencies on c.AgencyId equals a.Id
                select new { Candidate = c, Interview = i, p.ClientCompanyId, PositionId = p.Id, s.Stage, Agency = new AgencyFacts(a.SpellingLocale, a.TimeZone, a.Name) })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.Interview.Interviewers.All(v => v.ClientContactId != recipientContactId))
        {
            return null;
        }

        var recipient = await db.ClientContacts.SingleAsync(c => c.Id == recipientContactId, cancellationToken);
        return new NoteTarget(found.Candidate, found.Interview, recipient, found.ClientCompanyId, found.PositionId, Submission.ClosedStages.Contains(found.Stage), found.Agency);
    }

    public static async Task<NoteCheckContext> BuildAsync(IAppDbContext db, NoteTarget target, NoteKind kind, DateTimeOffset now, Guid? excludingNoteId, CancellationToken cancellationToken)
    {
        var candidateId = target.Candidate.Id;
        var companyContacts = db.ClientContacts.Where(c => c.ClientCompanyId == target.ClientCompanyId).Select(c => c.Id);
        // Counted in the database: a candidate's history only grows, and the check needs its sums, not its rows.
        var since = now.AddHours(-24);
        var interviewId = target.Interview.Id;
        var recipientId = target.Recipient.Id;
        var history = await db.Notes.AsNoTracking()
            .Where(n => n.CandidateId == candidateId && companyContacts.Contains(n.RecipientContactId) && n.Id != excludingNoteId
                && n.Status != NoteStatus.Withdrawn && n.Status != NoteStatus.Declined)
            .GroupBy(_ => 1)
            .Select(g => new NoteHistory(
                g.Count(n => n.SubmittedAt > since),
                g.Count(n => n.InterviewId == interviewId),
                g.Count(n => n.InterviewId == interviewId && n.Kind == NoteKind.FollowUp),
                g.Max(n => (DateTimeOffset?)n.SubmittedAt),
                g.Count(n => n.RecipientContactId == recipientId && n.Status == NoteStatus.Approved) > 0))
            .SingleOrDefaultAsync(cancellationToken) ?? NoteHistory.None;

        var interviewedWith = await db.Interviews.AsNoTracking()
            .Where(i => i.SubmissionId == target.Interview.SubmissionId && i.ScheduledAt <= now)
            .SelectMany(i => i.Interviewers)
            .AnyAsync(v => v.ClientContactId == target.Recipient.Id, cancellationToken);
        var priorContact = interviewedWith || history.ApprovedToRecipient;

        var due = await db.FeedbackWindows.AsNoTracking().Where(w => w.InterviewId == target.Interview.Id).Select(w => (DateTimeOffset?)w.DueAt).SingleOrDefaultAsync(cancellationToken);
        var policy = await db.ContactPolicies.AsNoTracking().Where(p => p.ClientCompanyId == target.ClientCompanyId)
            .Select(p => new ContactPolicyView(p.NotesAllowed, p.ThankYouNotesAllowed, p.MaxNotesPerRound, p.MinDaysBetweenNotes, p.QuietHoursStart, p.QuietHoursEnd))
            .SingleOrDefaultAsync(cancellationToken);
        var names = await KnownNamesAsync(db, target, cancellationToken);
        names.Add(target.Agency.Name);
        var agencyWords = await db.AgencyWords.AsNoTracking().Where(w => w.AgencyId == target.Candidate.AgencyId).Select(w => w.Word).ToListAsync(cancellationToken);

        return new NoteCheckContext
        {
            Kind = kind,
            RecipientSeniority = target.Recipient.Seniority,
            PriorContact = priorContact,
            HoursSinceInterview = now > target.Interview.EndsAt ? (now - target.Interview.EndsAt).TotalHours : null,
            NotesLast24h = history.Last24h,
            NotesThisRound = history.ThisRound,
            FollowUpsThisRound = history.FollowUpsThisRound,
            DaysSinceLastNote = history.LastSubmittedAt is { } at ? (now - at).TotalDays : null,
            SenderAddress = target.Candidate.Email,
            SentAt = now,
            FeedbackDueAt = due,
            TimeZone = target.Agency.TimeZone,
            KnownNames = names,
            AgencyWords = agencyWords,
            Policy = policy,
        };
    }

    /// <summary>The names a note may use without a spelling finding, in one round trip.</summary>
    private static async Task<List<string>> KnownNamesAsync(IAppDbContext db, NoteTarget target, CancellationToken cancellationToken)
    {
        var names = new List<string> { target.Candidate.Name };
        names.AddRange(await db.ClientContacts.Where(c => c.ClientCompanyId == target.ClientCompanyId).Select(c => c.Name)
            .Concat(db.ClientCompanies.Where(c => c.Id == target.ClientCompanyId).Select(c => c.Name))
            .Concat(db.Positions.Where(p => p.Id == target.PositionId).Select(p => p.Title))
            .Concat(db.Requirements.Where(r => r.PositionId == target.PositionId).Select(r => r.Name))
            .Concat(db.Users.Where(u => u.AgencyId == target.Candidate.AgencyId && u.Role != "Candidate").Select(u => u.DisplayName))
            .ToListAsync(cancellationToken));
        return names;
    }
}
