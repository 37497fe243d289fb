using RecruiterLiaison.Domain.Common;

namespace RecruiterLiaison.Domain.Agencies;

/// <summary>A staffing agency: the tenant. Every other record carries its id.</summary>
public sealed class Agency
{
    public const string DefaultTimeZone = "Europe/London";
    /// <summary>US and British spellings both accepted: what most agencies want.</summary>
    public const string DefaultSpellingLocale = "en";

    private Agency()
    {
    }

    public Agency(string name, string timeZone = DefaultTimeZone)
    {
        Id = Guid.NewGuid();
        Rename(name);
        TimeZone = timeZone;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>IANA zone used for working days, quiet hours and due dates.</summary>
    public string TimeZone { get; private set; } = DefaultTimeZone;

    /// <summary>Spelling the etiquette checker expects: en (US or British), or en_US or en_GB strictly.</summary>
    public string SpellingLocale { get; private set; } = DefaultSpellingLocale;

    /// <summary>How long a note may wait in the review queue before it is late.</summary>
    public int ReviewTargetWorkingHours { get; private set; } = 4;

    public int FeedbackDueWorkingDays { get; private set; } = 3;

    public int ChaseIntervalWorkingDays { get; private set; } = 2;

    public int MaxChases { get; private set; } = 3;

    /// <summary>Either English, or one strictly (from the Hunspell dictionaries the product ships with).</summary>
    public static IReadOnlyList<string> SpellingLocales { get; } = ["en", "en_US", "en_GB"];

    public void UseSpellingLocale(string locale)
    {
        if (!SpellingLocales.Contains(locale))
        {
            throw new DomainException($"Choose one of {string.Join(", ", SpellingLocales)}.");
        }

        SpellingLocale = locale;
    }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > Limits.NameLength)
        {
            throw new DomainException($"An agency name is 1 to {Limits.NameLength} characters.");
        }

        Name = name.Trim();
    }
}
