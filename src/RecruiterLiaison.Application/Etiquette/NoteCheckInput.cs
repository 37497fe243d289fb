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
    };
}
