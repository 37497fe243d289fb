using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>
/// A note and its context as plain values: one line of <c>rl check-note --jsonl</c>, one
/// entry of the labelled corpus. Missing values mean "unknown", and rules needing them stay quiet.
/// </summary>
public sealed record NoteCheckInput
{
    public string? Id { get; init; }

    public string Body { get; init; } = "";

    public NoteKind Kind { get; init; } = NoteKind.Other;

    public Seniority? RecipientSeniority { get; init; }

    public bool PriorContact { get; init; }

    public double? HoursSinceInterview { get; init; }

    public int NotesLast24h { get; init; }

    public int NotesThisRound { get; init; }

    public string? SenderAddress { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? FeedbackDueAt { get; init; }

    public string? TimeZone { get; init; }

    public IReadOnlyList<string>? KnownNames { get; init; }

    /// <summary>Optional: follow-ups already sent this round (otherwise every note of the round counts).</summary>
    public int? FollowUpsThisRound { get; init; }

    /// <summary>Optional: days since the candidate's last note to this client (the policy's minimum gap).</summary>
    public double? DaysSinceLastNote { get; init; }

    /// <summary>Optional: the client's contact policy; without it only the general over-contact norms apply.</summary>
    public ContactPolicyInput? Policy { get; init; }

    public NoteCheckContext ToContext() => new()
    {
        Kind = Kind,
        RecipientSeniority = RecipientSeniority,
        PriorContact = PriorContact,
        HoursSinceInterview = HoursSinceInterview,
        NotesLast24h = NotesLast24h,
        NotesThisRound = NotesThisRound,
        SenderAddress = SenderAddress,
        SentAt = SentAt,
        FeedbackDueAt = FeedbackDueAt,
        TimeZone = string.IsNullOrWhiteSpace(TimeZone) ? "UTC" : TimeZone,
        KnownNames = KnownNames ?? [],
        FollowUpsThisRound = FollowUpsThisRound,
        DaysSinceLastNote = DaysSinceLastNote,
        Policy = Policy?.ToView(),
    };
}

/// <summary>A client's contact policy on one input line; quiet hours default to the checker's usual ones.</summary>
public sealed record ContactPolicyInput
{
    public bool NotesAllowed { get; init; } = true;

    public bool ThankYouNotesAllowed { get; init; } = true;

    public int MaxNotesPerRound { get; init; } = int.MaxValue;

    public int MinDaysBetweenNotes { get; init; }

    public int QuietHoursStart { get; init; } = Rules.TimingRules.DefaultQuietStart;

    public int QuietHoursEnd { get; init; } = Rules.TimingRules.DefaultQuietEnd;

    public ContactPolicyView ToView() => new(NotesAllowed, ThankYouNotesAllowed, MaxNotesPerRound, MinDaysBetweenNotes, QuietHoursStart, QuietHoursEnd);
}
