using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette;

/// <summary>
/// A note and its context as plain values: one line of <c>rl check-note --jsonl</c>, one
/// entry of the labelled corpus. Missing values mean "unknown", and rules needing them stay quiet.
/// Setters, not init: generated JSON readers assign every init property, defaults included.
/// </summary>
public sealed record NoteCheckInput
{
    public string? Id { get; set; }

    public string Body { get; set; } = "";

    public NoteKind Kind { get; set; } = NoteKind.Other;

    public Seniority? RecipientSeniority { get; set; }

    public bool PriorContact { get; set; }

    public double? HoursSinceInterview { get; set; }

    public int NotesLast24h { get; set; }

    public int NotesThisRound { get; set; }

    public string? SenderAddress { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? FeedbackDueAt { get; set; }

    public string? TimeZone { get; set; }

    public IReadOnlyList<string>? KnownNames { get; set; }

    /// <summary>Optional: follow-ups already sent this round (otherwise every note of the round counts).</summary>
    public int? FollowUpsThisRound { get; set; }

    /// <summary>Optional: days since the candidate's last note to this client (the policy's minimum gap).</summary>
    public double? DaysSinceLastNote { get; set; }

    /// <summary>Optional: the client's contact policy; without it only the general over-contact norms apply.</summary>
    public ContactPolicyInput? Policy { get; set; }

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
        KnownNames = [.. (KnownNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n))],
        FollowUpsThisRound = FollowUpsThisRound,
        DaysSinceLastNote = DaysSinceLastNote,
        Policy = Policy?.ToView(),
    };
}

/// <summary>A client's contact policy on one input line; quiet hours default to the checker's usual ones.</summary>
public sealed record ContactPolicyInput
{
    public bool NotesAllowed { get; set; } = true;

    public bool ThankYouNotesAllowed { get; set; } = true;

    public int MaxNotesPerRound { get; set; } = int.MaxValue;

    public int MinDaysBetweenNotes { get; set; }

    public int QuietHoursStart { get; set; } = Rules.TimingRules.DefaultQuietStart;

    public int QuietHoursEnd { get; set; } = Rules.TimingRules.DefaultQuietEnd;

    public ContactPolicyView ToView() => new(NotesAllowed, ThankYouNotesAllowed, MaxNotesPerRound, MinDaysBetweenNotes, QuietHoursStart, QuietHoursEnd);
}
