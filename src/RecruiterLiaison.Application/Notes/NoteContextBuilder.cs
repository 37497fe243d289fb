using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Candidates;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Interviews;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Notes;

/// <summary>What the checker needs to judge a draft, read from the candidate's real history.</summary>
public sealed record NoteTarget(Candidate Candidate, Interview Interview, ClientContact Recipient, Guid ClientCompanyId, Guid PositionId, string SpellingLocale);

public static class NoteContextBuilder
{
    /// <summary>Finds the candidate's submission, interview and recipient, or null when any is not theirs.</summary>
    public static async Task<NoteTarget?> FindTargetAsync(IAppDbContext db, CurrentUser user, Guid submissionId, Guid interviewId, Guid recipientContactId, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.SingleOrDefaultAsync(c => c.UserId == user.UserId && c.AgencyId == user.AgencyId, cancellationToken);
        if (candidate is null)
        {
            return null;
        }

        var found = await (
                from s in db.Submissions
                where s.Id == submissionId && s.CandidateId == candidate.Id && s.AgencyId == user.AgencyId
                join p in db.Positions on s.PositionId equals p.Id
                join i in db.Interviews.Include(i => i.Interviewers) on s.Id equals i.SubmissionId
                where i.Id == interviewId
                select new { Interview = i, p.ClientCompanyId, PositionId = p.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || found.Interview.Interviewers.All(v => v.ClientContactId != recipientContactId))
        {
            return null;
        }

        var recipient = await db.ClientContacts.SingleAsync(c => c.Id == recipientContactId, cancellationToken);
        var locale = await db.Agencies.Where(a => a.Id == user.AgencyId).Select(a => a.SpellingLocale).SingleAsync(cancellationToken);
        return new NoteTarget(candidate, found.Interview, recipient, found.ClientCompanyId, found.PositionId, locale);
    }

    public static async Task<NoteCheckContext> BuildAsync(IAppDbContext db, NoteTarget target, NoteKind kind, DateTimeOffset now, Guid? excludingNoteId, CancellationToken cancellationToken)
    {
        var candidateId = target.Candidate.Id;
        var companyContacts = db.ClientContacts.Where(c => c.ClientCompanyId == target.ClientCompanyId).Select(c => c.Id);
        var earlierNotes = await db.Notes.AsNoTracking()
            .Where(n => n.CandidateId == candidateId && companyContacts.Contains(n.RecipientContactId) && n.Id != excludingNoteId
                && n.Status != NoteStatus.Withdrawn && n.Status != NoteStatus.Declined)
            .Select(n => new { n.InterviewId, n.RecipientContactId, n.SubmittedAt, n.Status, n.Kind })
            .ToListAsync(cancellationToken);

        var interviewedWith = await db.Interviews.AsNoTracking()
            .Where(i => i.SubmissionId == target.Interview.SubmissionId && i.ScheduledAt <= now)
            .SelectMany(i => i.Interviewers)
            .AnyAsync(v => v.ClientContactId == target.Recipient.Id, cancellationToken);
        var priorContact = interviewedWith || earlierNotes.Any(n => n.RecipientContactId == target.Recipient.Id && n.Status == NoteStatus.Approved);

        var due = await db.FeedbackWindows.AsNoTracking().Where(w => w.InterviewId == target.Interview.Id).Select(w => (DateTimeOffset?)w.DueAt).SingleOrDefaultAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == target.Candidate.AgencyId).Select(a => new { a.TimeZone, a.Name }).SingleAsync(cancellationToken);
        var policy = await db.ContactPolicies.AsNoTracking().Where(p => p.ClientCompanyId == target.ClientCompanyId)
            .Select(p => new ContactPolicyView(p.NotesAllowed, p.ThankYouNotesAllowed, p.MaxNotesPerRound, p.MinDaysBetweenNotes, p.QuietHoursStart, p.QuietHoursEnd))
            .SingleOrDefaultAsync(cancellationToken);
        var names = await KnownNamesAsync(db, target, cancellationToken);
        names.Add(agency.Name);
        var agencyWords = await db.AgencyWords.AsNoTracking().Where(w => w.AgencyId == target.Candidate.AgencyId).Select(w => w.Word).ToListAsync(cancellationToken);
        var last = earlierNotes.Count == 0 ? (DateTimeOffset?)null : earlierNotes.Max(n => n.SubmittedAt);

        return new NoteCheckContext
        {
            Kind = kind,
            RecipientSeniority = target.Recipient.Seniority,
            PriorContact = priorContact,
            HoursSinceInterview = now > target.Interview.EndsAt ? (now - target.Interview.EndsAt).TotalHours : null,
            NotesLast24h = earlierNotes.Count(n => n.SubmittedAt > now.AddHours(-24)),
            NotesThisRound = earlierNotes.Count(n => n.InterviewId == target.Interview.Id),
            FollowUpsThisRound = earlierNotes.Count(n => n.InterviewId == target.Interview.Id && n.Kind == NoteKind.FollowUp),
            DaysSinceLastNote = last is { } at ? (now - at).TotalDays : null,
            SenderAddress = target.Candidate.Email,
            SentAt = now,
            FeedbackDueAt = due,
            TimeZone = agency.TimeZone,
            KnownNames = names,
            AgencyWords = agencyWords,
            Policy = policy,
        };
    }

    private static async Task<List<string>> KnownNamesAsync(IAppDbContext db, NoteTarget target, CancellationToken cancellationToken)
    {
        var names = new List<string> { target.Candidate.Name };
        names.AddRange(await db.ClientContacts.Where(c => c.ClientCompanyId == target.ClientCompanyId).Select(c => c.Name).ToListAsync(cancellationToken));
        names.AddRange(await db.ClientCompanies.Where(c => c.Id == target.ClientCompanyId).Select(c => c.Name).ToListAsync(cancellationToken));
        names.AddRange(await db.Positions.Where(p => p.Id == target.PositionId).Select(p => p.Title).ToListAsync(cancellationToken));
        names.AddRange(await db.Requirements.Where(r => r.PositionId == target.PositionId).Select(r => r.Name).ToListAsync(cancellationToken));
        names.AddRange(await db.Users.Where(u => u.AgencyId == target.Candidate.AgencyId && u.Role != "Candidate").Select(u => u.DisplayName).ToListAsync(cancellationToken));
        return names;
    }
}
