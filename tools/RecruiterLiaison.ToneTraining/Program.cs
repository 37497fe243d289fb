using RecruiterLiaison.ToneTraining;

// Trains the tone model and writes src/RecruiterLiaison.Application/Etiquette/Tone/tone.model.tsv:
//   dotnet run -c Release --project tools/RecruiterLiaison.ToneTraining
// Weights are learnt from the labelled sentences in training/etiquette/ and the sentences of the
// blind corpus's development notes; each rule's threshold is chosen on those notes, each scored
// by a model that never saw it. The blind corpus's test part is never read.
var repository = Repository.Find();
var examples = TrainingExamples.Load(repository.TrainingDirectory);
var development = DevelopmentNotes.Load(repository.DevelopmentFiles);
Console.Error.WriteLine($"{examples.Count} training sentences from {repository.TrainingDirectory}, {development.Count} development notes");

var tuned = ThresholdTuner.Tune(examples, development, ToneTrainer.Rules);
foreach (var rule in tuned)
{
    var threshold = rule.Threshold?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "none (left out)";
    Console.Error.WriteLine($"{rule.Rule}: {rule.Weights.Count} weights, threshold {threshold}, development {rule.Summary}");
}

ModelFile.Write(repository.ModelFile, TrainingExamples.Digest(repository.TrainingDirectory), tuned);
Console.Error.WriteLine($"wrote {repository.ModelFile}");
