using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RecruiterLiaison.Application.Etiquette;
using RecruiterLiaison.Domain.Clients;
using RecruiterLiaison.Domain.Notes;

namespace RecruiterLiaison.Cli;

/// <summary>
/// <c>rl check-note</c>: the same etiquette checker as the app, on a note from stdin
/// (context from options), or with <c>--jsonl</c> on one JSON note per line, in one process.
/// </summary>
public static class CheckNoteCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // Serialisation code generated at build time: a batch does not first reflect over its types.
        TypeInfoResolver = CheckNoteJson.Default,
    };

    public static async Task<int> RunAsync(EtiquetteCheckers checkers, string[] options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var locale = Option(options, "--locale") ?? Domain.Agencies.Agency.DefaultSpellingLocale;
        if (!Domain.Agencies.Agency.SpellingLocales.Contains(locale))
        {
            await stderr.WriteLineAsync($"--locale: '{locale}' is not one of {string.Join(", ", Domain.Agencies.Agency.SpellingLocales)}.");
            return 2;
        }

        EtiquetteChecker checker;
        try
        {
            checker = checkers.For(locale);
        }
        catch (SpellingUnavailableException exception)
        {
            await stderr.WriteLineAsync(exception.Message);
            return 3;
        }

        if (options.Contains("--jsonl"))
        {
            await CheckLinesAsync(checker, stdin, stdout);
            return 0;
        }

        NoteCheckInput input;
        try
        {
            input = FromOptions(options, await stdin.ReadToEndAsync());
        }
        catch (FormatException exception)
        {
            await stderr.WriteLineAsync(exception.Message);
            return 2;
        }

        var findings = checker.Check(input.Body, input.ToContext());
        await stdout.WriteLineAsync(JsonSerializer.Serialize(new CheckAnswer(null, findings, null), Json));
        return 0;
    }

    // Lines are checked across the cores while the next are read and earlier answers written,
    // and answered in input order.
    private static async Task CheckLinesAsync(EtiquetteChecker checker, TextReader stdin, TextWriter stdout)
    {
        var answers = Numbered(stdin)
            .AsParallel().AsOrdered()
            .Where(l => !string.IsNullOrWhiteSpace(l.Line))
            .Select(l => Answer(checker, l.Line, l.Number));
        foreach (var answer in answers)
        {
            await stdout.WriteLineAsync(answer);
        }
    }

    private static IEnumerable<(int Number, string Line)> Numbered(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            yield return (++number, line);
        }
    }

    /// <summary>One output line for one input line: its findings, or why it could not be read.</summary>
    private static string Answer(EtiquetteChecker checker, string line, int number)
    {
        NoteCheckInput? input = null;
        string? error = null;
        try
        {
            input = JsonSerializer.Deserialize<NoteCheckInput>(line, Json);
        }
        catch (JsonException exception)
        {
            error = $"line {number}: {exception.Message}";
        }

        if (input is null)
        {
            return JsonSerializer.Serialize(new CheckAnswer(IdOf(line) ?? $"line-{number}", null, error ?? $"line {number}: not a note"), Json);
        }

        try
        {
            var findings = checker.Check(input.Body ?? "", input.ToContext());
            return JsonSerializer.Serialize(new CheckAnswer(input.Id ?? $"line-{number}", findings, null), Json);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NullReferenceException or FormatException)
        {
            // One odd line is answered with its error; the rest of the batch is still checked.
            return JsonSerializer.Serialize(new CheckAnswer(input.Id ?? $"line-{number}", null, $"line {number}: {exception.Message}"), Json);
        }
    }

    /// <summary>Salvages the id of a malformed line so its error can be matched to its input.</summary>
    private static string? IdOf(string line)
    {
        var match = System.Text.RegularExpressions.Regex.Match(line, "\"id\"\\s*:\\s*\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static NoteCheckInput FromOptions(string[] options, string body) => new()
    {
        Body = body.TrimEnd('\n', '\r'),
        Kind = Enum<NoteKind>(options, "--kind") ?? NoteKind.Other,
        RecipientSeniority = Enum<Seniority>(options, "--recipient-seniority"),
        PriorContact = options.Contains("--prior-contact"),
        HoursSinceInterview = Number(options, "--hours-since-interview"),
        NotesLast24h = (int)(Number(options, "--notes-last-24h") ?? 0),
        NotesThisRound = (int)(Number(options, "--notes-this-round") ?? 0),
        SenderAddress = Option(options, "--sender"),
        SentAt = Instant(options, "--sent-at"),
        FeedbackDueAt = Instant(options, "--feedback-due"),
        TimeZone = Option(options, "--time-zone"),
        KnownNames = options.Select((value, index) => (value, index)).Where(o => o.value == "--known-name" && o.index + 1 < options.Length).Select(o => options[o.index + 1]).ToList(),
    };

    private static T? Enum<T>(string[] options, string name)
        where T : struct, Enum
    {
        var value = Option(options, name);
        if (value is null)
        {
            return null;
        }

        return System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"{name}: '{value}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
    }

    private static double? Number(string[] options, string name) =>
        Option(options, name) is { } value
            ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : throw new FormatException($"{name}: '{value}' is not a number.")
            : null;

    private static DateTimeOffset? Instant(string[] options, string name) =>
        Option(options, name) is { } value
            ? DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant : throw new FormatException($"{name}: '{value}' is not an ISO 8601 time.")
            : null;

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}

/// <summary>One answer line: the note's id with its findings, or why the line could not be read. Absent parts are left out.</summary>
public sealed record CheckAnswer(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Finding>? Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);

[JsonSerializable(typeof(NoteCheckInput))]
[JsonSerializable(typeof(CheckAnswer))]
internal sealed partial class CheckNoteJson : JsonSerializerContext;
