using System.Text.Json;
using RecruiterLiaison.Application.Etiquette.Tone;

namespace RecruiterLiaison.ToneTraining;

/// <summary>
/// One labelled sentence: its text and the rules a recruiter would raise on it. A sentence taken
/// from a labelled note is no example at all for the rules its note raises (which sentence
/// raised them is not known), only a negative for the others.
/// </summary>
public sealed record TrainingExample(string Text, IReadOnlyList<string> Labels, IReadOnlyCollection<string>? Unknown = null)
{
    public bool Teaches(string rule) => Unknown is null || !Unknown.Contains(rule);
}

public static class TrainingExamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<TrainingExample> Load(string directory) =>
        Files(directory)
            .SelectMany(File.ReadAllLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<Line>(line, Json)!)
            .Select(line => new TrainingExample(line.Text, line.Labels ?? []))
            .ToList();

    /// <summary>Every sentence of the development notes, as a negative for the rules its note does not raise.</summary>
    public static IEnumerable<TrainingExample> SentencesOf(IEnumerable<DevelopmentNote> notes)
    {
        foreach (var note in notes)
        {
            var body = note.Input.Body ?? "";
            var words = Application.Etiquette.Lexicons.NoteWords.Of(body).Words;
            foreach (var (first, last) in ToneModelRule.Sentences(words))
            {
                var text = body[words[first].Start..(words[last].Start + words[last].Length)];
                yield return new TrainingExample(text, [], note.Expected.ToHashSet(StringComparer.Ordinal));
            }
        }
    }

    /// <summary>The digest the model file records (see <see cref="ToneModel.DigestOf"/>).</summary>
    public static string Digest(string directory) => ToneModel.DigestOf(Files(directory));

    public static IEnumerable<string> Files(string directory) => Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal);

    private sealed record Line(string Text, IReadOnlyList<string>? Labels);
}
