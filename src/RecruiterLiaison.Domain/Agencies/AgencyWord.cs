using System.Text.RegularExpressions;
using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Agencies;

/// <summary>A word the agency's spelling check accepts: a client's product, a tool, a trade term.</summary>
public sealed partial class AgencyWord
{
    public const int MaxLength = 64;

    private AgencyWord()
    {
    }

    public AgencyWord(Guid agencyId, string word, Guid addedByUserId, DateTimeOffset addedAt)
    {
        var trimmed = word?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength || !WordShape().IsMatch(trimmed))
        {
            throw new DomainException($"Add one word of letters (apostrophes and hyphens allowed), up to {MaxLength} characters.");
        }

        Id = Guid.NewGuid();
        AgencyId = agencyId;
        Word = trimmed;
        AddedByUserId = addedByUserId;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    public Guid AgencyId { get; private set; }

    public string Word { get; private set; } = "";

    public Guid AddedByUserId { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    [GeneratedRegex(@"^\p{L}[\p{L}'’-]*$")]
    private static partial Regex WordShape();
}
