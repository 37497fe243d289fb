using RecruiterLiaison.Domain.Auditing;

namespace RecruiterLiaison.Application.Common;

/// <summary>Audit action names: one place, so the trail reads the same everywhere.</summary>
public static class AuditActions
{
    public const string NoteSubmitted = "note.submitted";
    public const string NoteClaimed = "note.claimed";
    public const string NoteApproved = "note.approved";
    public const string NoteRewritten = "note.rewritten-and-approved";
    public const string NoteDeclined = "note.declined";
    public const string NoteReturned = "note.returned";
    public const string NoteWithdrawn = "note.withdrawn";
    public const string NoteRevised = "note.revised";
    public const string NoteRead = "note.read";
    public const string ReplySent = "reply.sent";
    public const string ReplyRelayed = "reply.relayed";
    public const string ReplyKeptBack = "reply.kept-back";
    public const string DebriefLogged = "debrief.logged";
    public const string AccessRefused = "access.refused";

    // Agency workspace: clients, contacts, positions and requirements.
    public const string ClientCreated = "client.created";
    public const string ClientRenamed = "client.renamed";
    public const string ClientArchived = "client.archived";
    public const string ClientRestored = "client.restored";
    public const string ContactAdded = "contact.added";
    public const string ContactUpdated = "contact.updated";
    public const string PositionCreated = "position.created";
    public const string PositionUpdated = "position.updated";
    public const string PositionStatusChanged = "position.status-changed";
    public const string RequirementAdded = "requirement.added";
    public const string RequirementReworded = "requirement.reworded";
    public const string RequirementMoved = "requirement.moved";
    public const string RequirementRetired = "requirement.retired";
    public const string RequirementDeleted = "requirement.deleted";

    // Candidates and submissions (the agency workspace).
    public const string CandidateCreated = "candidate.created";
    public const string CandidateUpdated = "candidate.updated";
    public const string SubmissionPutForward = "submission.put-forward";
    public const string SubmissionStageMoved = "submission.stage-moved";

    // People and invitations (issue 10): who joined, in which role, and who may still sign in.
    public const string InvitationSent = "invitation.sent";
    public const string InvitationResent = "invitation.resent";
    public const string InvitationRevoked = "invitation.revoked";
    public const string InvitationAccepted = "invitation.accepted";
    public const string PersonRoleChanged = "person.role-changed";
    public const string PersonDeactivated = "person.deactivated";
    public const string PersonReactivated = "person.reactivated";
    public const string AgencyCreated = "agency.created";
}

public static class AuditExtensions
{
    /// <summary>Adds an audit event to the unit of work; it commits with the change it records.</summary>
    public static void Audit(this IAppDbContext db, CurrentUser user, string action, string subjectType, Guid subjectId, string detail, DateTimeOffset at) =>
        db.AuditEvents.Add(new AuditEvent(user.AgencyId, user.UserId, action, subjectType, subjectId, Truncate(detail), at));

    /// <summary>Records that a caller asked for something that is not theirs; they saw a 404.</summary>
    public static async Task AuditRefusalAsync(this IAppDbContextFactory contexts, CurrentUser user, string subjectType, Guid subjectId, string what, DateTimeOffset at)
    {
        await using var db = await contexts.CreateAsync();
        db.Audit(user, AuditActions.AccessRefused, subjectType, subjectId, $"{user.Role} asked to {what}", at);
        await db.SaveChangesAsync();
    }

    private static string Truncate(string detail) => detail.Length > 4000 ? detail[..4000] : detail;
}
