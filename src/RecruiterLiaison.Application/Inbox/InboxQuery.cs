using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Inbox;

/// <summary>Init properties, not a positional record, so EF can keep composing the query.</summary>
public sealed record InboxRow
{
    public required Note Note { get; init; }

    public required string Candidate { get; init; }

    public required string Position { get; init; }

    public required string Recipient { get; init; }
}

/// <summary>
/// The one definition of what a client may read: approved notes addressed to them, or to a
/// colleague at their company who sat on the same interview. Never anything else.
/// </summary>
public static class InboxQuery
{
    public static IQueryable<InboxRow> VisibleTo(IAppDbContext db, CurrentUser user) =>
        from contact in db.ClientContacts
        where contact.UserId == user.UserId && contact.AgencyId == user.AgencyId
        from note in db.Notes
        where note.Status == NoteStatus.Approved && note.AgencyId == user.AgencyId
        join recipient in db.ClientContacts on note.RecipientContactId equals recipient.Id
        where recipient.ClientCompanyId == contact.ClientCompanyId
            && (note.RecipientContactId == contact.Id || db.Interviews.Any(i => i.Id == note.InterviewId && i.Interviewers.Any(v => v.ClientContactId == contact.Id)))
        join candidate in db.Candidates on note.CandidateId equals candidate.Id
        join submission in db.Submissions on note.SubmissionId equals submission.Id
        join position in db.Positions on submission.PositionId equals position.Id
        select new InboxRow { Note = note, Candidate = candidate.Name, Position = position.Title, Recipient = recipient.Name };
}
