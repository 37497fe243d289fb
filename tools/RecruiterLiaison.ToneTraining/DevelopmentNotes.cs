using System.Text.Json;
using System.Text.Json.Serialization;
using RecruiterLiaison.Application.Etiquette;

namespace RecruiterLiaison.ToneTraining;

/// <summary>A labelled note of the blind corpus's development parts: the checker's input and the rules it should raise.</summary>
public sealed record DevelopmentNote(NoteCheckInput Input, IReadOnlyList<string> Expected);

public static class DevelopmentNotes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<DevelopmentNote> Load(IEnumerable<string> files) =>
        files.SelectMany(File.ReadAllLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => new DevelopmentNote(JsonSerializer.Deserialize<NoteCheckInput>(line, Json)!, JsonSerializer.Deserialize<Labels>(line, Json)!.Expected))
            .ToList();

    private sealed record Labels(IReadOnlyList<string> Expected);
}
