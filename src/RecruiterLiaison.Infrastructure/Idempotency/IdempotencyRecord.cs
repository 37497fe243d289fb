namespace RecruiterLiaison.Infrastructure.Idempotency;

/// <summary>
/// The first response to an API write sent with an <c>Idempotency-Key</c>: a retry with the same
/// key gets it again instead of doing the write twice. Keys are per caller, kept for
/// <see cref="IdempotencyRecords.Retention"/>.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyLength = 255;

    public Guid UserId { get; init; }

    public string Key { get; init; } = "";

    /// <summary>SHA-256 of the method, path and body: the same key on another request is refused.</summary>
    public string RequestHash { get; init; } = "";

    public int StatusCode { get; init; }

    public string? ContentType { get; init; }

    public string? Location { get; init; }

    public byte[] Body { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
