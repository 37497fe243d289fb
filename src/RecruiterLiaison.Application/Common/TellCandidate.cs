using Microsoft.EntityFrameworkCore;
using RecruiterLiaison.Application.Messaging;

namespace RecruiterLiaison.Application.Common;

/// <summary>
/// Everything a candidate is told reaches them twice, in the same unit of work as the change:
/// in the app (the bell) and by e-mail through the outbox.
/// </summary>
public static class TellCandidate
{
    /// <summary>Notifies and e-mails the candidate (the e-mail body written for their name); returns the name.</summary>
    public static async Task<string> SendAsync(IAppDbContext db, Guid agencyId, Guid candidateId, CandidateMessage message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.Where(c => c.Id == candidateId).Select(c => new { c.UserId, c.Email, c.Name }).SingleAsync(cancellationToken);
        Notify.User(db, agencyId, candidate.UserId, message.Title, message.InApp, message.Link, at);
        Outbox.Email(db, agencyId, candidate.Email, message.EmailSubject ?? message.Title, message.Email(candidate.Name), at);
        return candidate.Name;
    }
}

/// <summary>What the candidate reads in the app and in the e-mail; the subject defaults to the title.</summary>
public sealed record CandidateMessage(string Title, string InApp, Func<string, string> Email, string Link)
{
    public string? EmailSubject { get; init; }
}
