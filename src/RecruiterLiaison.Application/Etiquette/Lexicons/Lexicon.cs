using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Application.Etiquette.Lexicons;

/// <summary>
/// One rule's lexicon (a readable data file, <c>Lexicons/&lt;rule&gt;.txt</c>): groups of phrases,
/// each group with the message a candidate reads, optional advice on what to do instead, whether the phrase
/// counts only when aimed at the reader, words whose presence in the sentence cancels it,
/// whether a preceding negation cancels it, and whether it is a weak sign that needs another.
/// </summary>
public sealed class Lexicon
{
    private Lexicon(string rule, IReadOnlyList<PhraseGroup> groups)
    {
        Rule = rule;
        Groups = groups;
    }

    public string Rule { get; }

    public IReadOnlyList<PhraseGroup> Groups { get; }

    /// <summary>Reads the file format; a malformed line fails with its line number, at start-up.</summary>
    public static Lexicon Parse(string rule, string text)
    {
        var groups = new List<PhraseGroup>();
        PhraseGroup? group = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                group = new PhraseGroup(line[1..^1].Trim());
                groups.Add(group);
                continue;
            }

            if (group is null)
            {
                throw new FormatException($"{rule}, line {number}: a phrase before the first [group].");
            }

            if (Setting(line, "message") is { } message)
            {
                group.Message = message;
            }
            else if (Setting(line, "advice") is { } advice)
            {
                group.Advice = advice;
            }
            else if (Setting(line, "target") is { } target)
            {
                group.AimedAtReader = target switch
                {
                    "reader" => true,
                    "any" => false,
                    _ => throw new FormatException($"{rule}, line {number}: target is 'any' or 'reader'."),
                };
            }
            else if (Setting(line, "unless") is { } unless)
            {
                foreach (var word in unless.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    group.Unless.Add(WordFamily.Normalize(word));
                }
            }
            else if (Setting(line, "weak") is { } weak)
            {
                group.Weak = weak is "yes" or "true";
            }
            else if (Setting(line, "heading") is { } heading)
            {
                group.Heading = heading is "yes" or "true";
            }
            else if (Setting(line, "negatable") is { } negatable)
            {
                group.Negatable = negatable is "yes" or "true";
            }
            else if (Setting(line, "yields") is { } yields)
            {
                group.YieldsTo = yields;
            }
            else if (System.Text.RegularExpressions.Regex.IsMatch(line, @"^[a-z]+:\s"))
            {
                // A misspelt or retired setting ("suggestion:") would otherwise become a phrase that never matches.
                throw new FormatException($"{rule}, line {number}: '{line[..line.IndexOf(':', StringComparison.Ordinal)]}' is not a setting (message, advice, target, unless, weak, heading, negatable, yields).");
            }
            else
            {
                try
                {
                    group.Phrases.AddRange(Phrase.Compile(line));
                }
                catch (FormatException exception)
                {
                    throw new FormatException($"{rule}, line {number}: {exception.Message}", exception);
                }
            }
        }

        foreach (var g in groups.Where(g => string.IsNullOrWhiteSpace(g.Message)))
        {
            throw new FormatException($"{rule}: group [{g.Name}] has no message.");
        }

        return new Lexicon(rule, groups);
    }

    /// <summary>A comment is a line that starts with '#', or '#' after a phrase: a message may mention C#.</summary>
    private static string StripComment(string line)
    {
        if (line.TrimStart().StartsWith('#'))
        {
            return "";
        }

        if (line.TrimStart().StartsWith("message:", StringComparison.OrdinalIgnoreCase) || line.TrimStart().StartsWith("advice:", StringComparison.OrdinalIgnoreCase))
        {
            return line;
        }

        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    private static string? Setting(string line, string name) =>
        line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase) ? line[(name.Length + 1)..].Trim() : null;
}

/// <summary>Phrases that share a message.</summary>
public sealed class PhraseGroup(string name)
{
    public string Name { get; } = name;

    public string Message { get; set; } = "";

    /// <summary>
    /// What to do instead, told after the message. It is advice, not a finding's suggestion: a
    /// suggestion is text that replaces the span ("Apply" on the draft page), and no phrase of
    /// anger or pressure has one right replacement.
    /// </summary>
    public string? Advice { get; set; }

    /// <summary>What the candidate reads: the message, then the advice.</summary>
    public string Text => Advice is null ? Message : $"{Message} {Advice}";

    public bool AimedAtReader { get; set; }

    public bool Negatable { get; set; } = true;

    /// <summary>A weak sign: it counts only when a weak sign of another group of the same rule is in the note too.</summary>
    public bool Weak { get; set; }

    /// <summary>
    /// A weak sign that is a whole sentence on its own counts alone: as a heading ("Steps to
    /// reproduce:", "Billed to:") it dresses the note up as the document it names.
    /// </summary>
    public bool Heading { get; set; }

    /// <summary>Exact word forms that, anywhere in the sentence, show the phrase means something else ("accepted another offer"; not "accept", which threatens).</summary>
    public HashSet<string> Unless { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Another rule this group gives way to: its finding stands down when the note has a finding of
    /// that rule and no other finding of its own ("this is my third email" in a note that pleads
    /// says anxiety, which the blind writers called desperate, not pressure).
    /// </summary>
    public string? YieldsTo { get; set; }

    public List<Phrase> Phrases { get; } = [];

    public FindingSeverity Severity => FindingSeverity.Warning;
}
