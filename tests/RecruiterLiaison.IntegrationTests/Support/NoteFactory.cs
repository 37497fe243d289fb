using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Application.Notes.SubmitNote;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.IntegrationTests.Support;

/// <summary>Notes written the way candidates write them: through the submit handler.</summary>
public static class NoteFactory
{
    /// <summary>Priya's note to Sarah after round 1 of the backend role.</summary>
    public static async Task<Guid> SubmitAsync(DatabaseFixture fixture, string body, NoteKind kind = NoteKind.FollowUp, string candidate = "candidate@demo.test", string recipient = "Sarah Lindqvist", string position = "Senior Backend Engineer")
    {
        var user = await fixture.UserAsync(candidate);
        var (submissionId, interviewId, contactId) = await TargetAsync(fixture, user, recipient, position);
        var result = await fixture.Get<SubmitNoteHandler>().HandleAsync(user, new SubmitNoteCommand(submissionId, interviewId, contactId, kind, body));
        result.Failure.ShouldBeNull();
        return result.Value!.Id;
    }

    public static async Task<(Guid SubmissionId, Guid InterviewId, Guid ContactId)> TargetAsync(DatabaseFixture fixture, CurrentUser candidate, string recipient, string position)
    {
        await using var db = await fixture.OpenAsync();
        var target = await (
                from s in db.Submissions
                join c in db.Candidates on s.CandidateId equals c.Id
                join p in db.Positions on s.PositionId equals p.Id
                join i in db.Interviews on s.Id equals i.SubmissionId
                from v in i.Interviewers
                join contact in db.ClientContacts on v.ClientContactId equals contact.Id
                where c.UserId == candidate.UserId && p.Title == position && contact.Name == recipient
                orderby i.Round
                select new { SubmissionId = s.Id, InterviewId = i.Id, ContactId = contact.Id })
            .FirstAsync();
        return (target.SubmissionId, target.InterviewId, target.ContactId);
    }

    public static async Task<Note> LoadAsync(DatabaseFixture fixture, Guid noteId)
    {
        await using var db = await fixture.OpenAsync();
        return await db.Notes.AsNoTracking().Include(n => n.Versions).Include(n => n.Decisions).SingleAsync(n => n.Id == noteId);
    }
}
