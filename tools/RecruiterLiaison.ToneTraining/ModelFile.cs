using System.Globalization;
using System.Text;

namespace RecruiterLiaison.ToneTraining;

/// <summary>A trained rule with the threshold chosen for it, and how it did on the development notes.</summary>
/// <remarks>No threshold: the model did not raise the rule's F1 at the precision floor, so it is left out.</remarks>
public sealed record TunedRule(string Rule, IReadOnlyDictionary<string, double> Weights, double Bias, double? Threshold, string Summary);

/// <summary>Writes the model in the form <see cref="Application.Etiquette.Tone.ToneModel.Parse"/> reads.</summary>
public static class ModelFile
{
    public static string Format(string trainedFrom, IEnumerable<(string Rule, IReadOnlyDictionary<string, double> Weights, double Bias, double Threshold)> rules)
    {
        var text = new StringBuilder();
        text.Append("# The etiquette checker's tone model, written by tools/RecruiterLiaison.ToneTraining from training/etiquette/; train again rather than edit.\n");
        text.Append("# A sentence scores the bias plus the weights of its features (Etiquette/Tone/SentenceFeatures.cs) and is flagged at the threshold.\n");
        text.Append(CultureInfo.InvariantCulture, $"# trained-from {trainedFrom}\n");
        foreach (var (rule, weights, bias, threshold) in rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"{rule}\t<bias>\t{bias:0.####}\n");
            text.Append(CultureInfo.InvariantCulture, $"{rule}\t<threshold>\t{threshold:0.####}\n");
            foreach (var (feature, weight) in weights.OrderByDescending(w => Math.Abs(w.Value)).ThenBy(w => w.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{rule}\t{feature}\t{weight:0.####}\n");
            }
        }

        return text.ToString();
    }

    public static void Write(string path, string trainedFrom, IEnumerable<TunedRule> rules) =>
        File.WriteAllText(path, Format(trainedFrom, rules.Where(r => r.Threshold is not null).Select(r => (r.Rule, r.Weights, r.Bias, r.Threshold!.Value))));
}
