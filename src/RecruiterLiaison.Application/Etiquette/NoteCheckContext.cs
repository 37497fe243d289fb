using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>
/// Everything the checker may know about a note besides its text. Every field is optional:
/// a rule whose context is missing stays quiet rather than guessing.
/// </summary>
public sealed record NoteCheckContext
{
    public NoteKind Kind { get; init; } = NoteKind.Other;

    public Seniority? RecipientSeniority { get; init; }

    /// <summary>Whether the candidate has been in contact with the recipient before in this process (e.g. interviewed with them).</summary>
    public bool PriorContact { get; init; } = true;

    public double? HoursSinceInterview { get; init; }

    public int NotesLast24h { get; init; }

    public int NotesThisRound { get; init; }

    /// <summary>Follow-ups already sent this round; when unknown, every earlier note of the round counts as one.</summary>
    public int? FollowUpsThisRound { get; init; }

    public double? DaysSinceLastNote { get; init; }

    public string? SenderAddress { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? FeedbackDueAt { get; init; }

    /// <summary>IANA zone of the agency: "night" and "weekend" are local.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Names of people, companies, the position and its requirements: never spelling errors.</summary>
    public IReadOnlyList<string> KnownNames { get; init; } = [];

    /// <summary>Words the agency has added to its own dictionary.</summary>
    public IReadOnlyList<string> AgencyWords { get; init; } = [];

    public ContactPolicyView? Policy { get; init; }
}

/// <summary>The client's contact policy, as the checker needs it.</summary>
public sealed record ContactPolicyView(bool NotesAllowed, bool ThankYouNotesAllowed, int MaxNotesPerRound, int MinDaysBetweenNotes, int QuietHoursStart, int QuietHoursEnd);
