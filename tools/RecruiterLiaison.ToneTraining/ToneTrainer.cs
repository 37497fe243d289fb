using Microsoft.ML;
using Microsoft.ML.Data;
using RecruiterLiaison.Application.Etiquette.Tone;

namespace RecruiterLiaison.ToneTraining;

/// <summary>One rule's learnt weights (feature name to weight) and bias.</summary>
public sealed record TrainedRule(string Rule, IReadOnlyDictionary<string, double> Weights, double Bias);

/// <summary>
/// Logistic regression per rule (ML.NET's L-BFGS trainer) over the features the checker reads
/// (<see cref="SentenceFeatures"/>): a sentence labelled with the rule is a positive, every
/// other sentence a negative. L1 keeps the weights few, so the model file stays readable.
/// </summary>
public static class ToneTrainer
{
    /// <summary>The rules the model scores: those the lexicons catch least well in the writer's own words.</summary>
    public static readonly IReadOnlyList<string> Rules = ["tone.angry", "tone.aggressive", "tone.quirky", "content.personal", "content.revisits-answers"];

    // Chosen on the development notes' out-of-fold figures. With 4,600 training sentences a weak
    // L1 (a few thousand weights per rule) beat a strong one (several hundred) on recall at the
    // same precision: anger told in many words needs many small weights.
    private const float L1 = 0.1f;
    private const float L2 = 0.5f;

    public static IReadOnlyList<TrainedRule> Train(IReadOnlyList<TrainingExample> examples, IEnumerable<string> rules)
    {
        var featured = examples.Select(e => (Example: e, Features: SentenceFeatures.Of(e.Text).Select(f => f.Name).ToArray())).Where(e => e.Features.Length > 0).ToList();
        return rules.Select(rule => TrainOne(rule, featured)).ToList();
    }

    private static TrainedRule TrainOne(string rule, List<(TrainingExample Example, string[] Features)> examples)
    {
        var ml = new MLContext(seed: 11);
        var rows = examples.Where(e => e.Example.Teaches(rule)).Select(e => new Row { Label = e.Example.Labels.Contains(rule), Features = e.Features }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Keys", nameof(Row.Features))
            .Append(ml.Transforms.Text.ProduceNgrams("Bag", "Keys", ngramLength: 1, useAllLengths: false, weighting: Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(nameof(Row.Label), "Bag", l1Regularization: L1, l2Regularization: L2));
        var model = pipeline.Fit(data);

        VBuffer<ReadOnlyMemory<char>> names = default;
        model.Transform(data).Schema["Bag"].GetSlotNames(ref names);
        var linear = model.LastTransformer.Model.SubModel;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var slots = names.DenseValues().Select(n => n.ToString()).ToArray();
        var w = linear.Weights.ToArray();
        for (var i = 0; i < slots.Length && i < w.Length; i++)
        {
            if (Math.Abs(w[i]) >= 1e-3)
            {
                weights[slots[i]] = w[i];
            }
        }

        return new TrainedRule(rule, weights, linear.Bias);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public string[] Features { get; set; } = [];
    }
}
