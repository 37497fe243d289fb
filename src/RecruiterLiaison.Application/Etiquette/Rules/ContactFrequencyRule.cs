using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Rules;

/// <summary>
/// contact.frequency, from DOMAIN.md ("over the client's contact policy or over-contact in
/// general"; seeds/001 "ask your recruiter about the best policy for follow up with that
/// particular client", seeds/002). In order, the first that holds is reported:
/// <list type="number">
/// <item>the client takes no notes from candidates (blocks);</item>
/// <item>the client takes no thank-you notes, and this is one (blocks);</item>
/// <item>the round already has the client's maximum of notes: this one would be over it;</item>
/// <item>the last note was fewer than the client's minimum days ago (exactly the minimum is fine);</item>
/// <item>two notes already went to this client in the last 24 hours: a third is "several a day";</item>
/// <item>a follow-up was already sent this round and feedback is not yet due: a second is more than one.</item>
/// </list>
/// Unknown context (no policy, no due date) leaves the matching norm quiet rather than guessing.
/// Where the count of follow-ups is unknown (a note checked outside the app), the round's first
/// note is taken for the thank-you, even where this one speaks of writing again ("I am writing
/// again", "per my last email"): the blind writers called 8 of 10 such second notes one follow-up.
/// </summary>
public sealed class ContactFrequencyRule : IEtiquetteRule
{
    public const string Id = "contact.frequency";

    /// <summary>Notes already sent in 24 hours at which one more reads as pressure.</summary>
    public const int SeveralADay = 2;

    public IEnumerable<Finding> Check(string body, NoteCheckContext context)
    {
        if (Reason(context) is { } finding)
        {
            yield return finding;
        }
    }

    private static Finding? Reason(NoteCheckContext context)
    {
        var policy = context.Policy;
        if (policy is { NotesAllowed: false })
        {
            return Whole(FindingSeverity.Blocker, "This client has asked not to receive notes from candidates. Your recruiter will pass on anything important.");
        }

        if (policy is { ThankYouNotesAllowed: false } && context.Kind == NoteKind.ThankYou)
        {
            return Whole(FindingSeverity.Blocker, "This client has asked not to receive thank-you notes. Tell your recruiter how the interview went instead.");
        }

        if (policy is not null && context.NotesThisRound >= policy.MaxNotesPerRound)
        {
            return Whole(FindingSeverity.Warning, $"This client accepts at most {policy.MaxNotesPerRound} note(s) per interview round, and you have sent {context.NotesThisRound}.");
        }

        if (policy is not null && context.DaysSinceLastNote is { } days && days < policy.MinDaysBetweenNotes)
        {
            return Whole(FindingSeverity.Warning, $"This client asks for at least {policy.MinDaysBetweenNotes} day(s) between notes; your last was {days:0.#} day(s) ago.");
        }

        if (context.NotesLast24h >= SeveralADay)
        {
            return Whole(FindingSeverity.Warning, $"You have already sent {context.NotesLast24h} notes to this client in the last 24 hours. Several notes a day reads as pressure.");
        }

        var followUps = context.FollowUpsThisRound ?? context.NotesThisRound - 1;
        if (context.Kind == NoteKind.FollowUp && followUps >= 1 && context.FeedbackDueAt is { } due && context.SentAt is { } sent && sent < due)
        {
            return Whole(FindingSeverity.Warning, "You have already followed up in this round, and feedback is not yet due. One follow-up is enough.");
        }

        return null;
    }

    private static Finding Whole(FindingSeverity severity, string message) =>
        new(Id, severity, 0, 0, message, "Ask your recruiter about the best policy for this client.");
}
