namespace RecruiterLiaison.ToneTraining;

/// <summary>Where the training data, the development notes and the model file are, from the checkout's root.</summary>
public sealed record Repository(string Root)
{
    public string TrainingDirectory => Path.Combine(Root, "training", "etiquette");

    public string ModelFile => Path.Combine(Root, "src", "RecruiterLiaison.Application", "Etiquette", "Tone", "tone.model.tsv");

    /// <summary>The blind corpus's development parts; its test part (test.jsonl) is never read here.</summary>
    public IReadOnlyList<string> DevelopmentFiles =>
        Directory.GetFiles(Path.Combine(Root, "tests", "RecruiterLiaison.UnitTests", "Etiquette", "Blind"), "development*.jsonl").Order(StringComparer.Ordinal).ToList();

    public static Repository Find()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RecruiterLiaison.sln")))
        {
            directory = directory.Parent;
        }

        return new Repository(directory?.FullName ?? throw new InvalidOperationException("Run this from inside the RecruiterLiaison checkout."));
    }
}
