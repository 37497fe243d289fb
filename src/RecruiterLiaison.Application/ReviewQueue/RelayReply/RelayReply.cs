using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Common;
using RecruiterLiaison.Domain.Common;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.ReviewQueue.RelayReply;

/// <summary>Relay: pass on as written (no body) or rewritten; KeepBack: the candidate does not see it.</summary>
public sealed record RelayReplyCommand(Guid ReplyId, uint Version, bool Relay, string? Body);

/// <summary>The review queue in reverse: a client's reply reaches the candidate only through the recruiter.</summary>
public sealed class RelayReplyHandler(IAppDbContextFactory contexts, TimeProvider clock)
{
    public async Task<Result<ClientReplyStatus>> HandleAsync(CurrentUser user, RelayReplyCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateAsync(cancellationToken);
        var reply = user.Is(Role.Recruiter) ? await db.ClientReplies.SingleOrDefaultAsync(r => r.Id == command.ReplyId && r.AgencyId == user.AgencyId, cancellationToken) : null;
        if (reply is null)
        {
            await contexts.AuditRefusalAsync(user, nameof(ClientReply), command.ReplyId, "relay a client reply", now);
            return Failure.NotFound("reply");
        }

        if (reply.Version != command.Version || reply.Status != ClientReplyStatus.PendingReview)
        {
            return Failure.Conflict($"This reply was already handled: it is {reply.Status}.", reply.Status.ToString());
        }

        if (command.Body is { Length: > Limits.NoteBodyLength })
        {
            return Failure.Field("body", $"A relayed reply is at most {Limits.NoteBodyLength} characters.");
        }

        if (command.Relay)
        {
            reply.Relay(user.UserId, command.Body, now);
            var candidateUser = await (from n in db.Notes where n.Id == reply.NoteId join c in db.Candidates on n.CandidateId equals c.Id select c.UserId).SingleAsync(cancellationToken);
            Notify.User(db, user.AgencyId, candidateUser, "The client replied to your note", "Your recruiter has passed on the client's reply.", $"/candidate/notes/{reply.NoteId}", now);
            db.Audit(user, AuditActions.ReplyRelayed, nameof(ClientReply), reply.Id, reply.RelayedBody == reply.Body ? "Relayed as written" : $"Relayed rewritten. Original: {reply.Body}\nRelayed: {reply.RelayedBody}", now);
        }
        else
        {
            reply.KeepBack(user.UserId, now);
            db.Audit(user, AuditActions.ReplyKeptBack, nameof(ClientReply), reply.Id, "Kept back from the candidate", now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("Another recruiter handled this reply at the same moment.");
        }

        return reply.Status;
    }
}
