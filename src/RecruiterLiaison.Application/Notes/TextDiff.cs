using DiffPlex;

namespace RecruiterLiaison.Application.Notes;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>A word-level diff between the candidate's text and what the recruiter delivered.</summary>
public static class TextDiff
{
    private static readonly Differ Differ = new();

    public static IReadOnlyList<DiffSegment> Between(string original, string rewritten)
    {
        var result = Differ.CreateWordDiffs(original, rewritten, false, [' ', '\n', '\t', ',', '.', ';', ':', '!', '?']);
        var segments = new List<DiffSegment>();
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Same, string.Concat(result.PiecesOld.Skip(position).Take(block.DeleteStartA - position)));
            Add(segments, DiffKind.Removed, string.Concat(result.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)));
            Add(segments, DiffKind.Added, string.Concat(result.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)));
            position = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffKind.Same, string.Concat(result.PiecesOld.Skip(position)));
        return Coalesce(segments);
    }

    /// <summary>
    /// Word diffs alternate "-word +word -word +word" across a rewritten sentence; folding the
    /// spaces between changes into them gives "-old phrase +new phrase", which reads far better.
    /// </summary>
    private static List<DiffSegment> Coalesce(List<DiffSegment> segments)
    {
        var result = new List<DiffSegment>();
        var removed = new System.Text.StringBuilder();
        var added = new System.Text.StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var isGap = segment.Kind == DiffKind.Same && string.IsNullOrWhiteSpace(segment.Text) && !segment.Text.Contains('\n', StringComparison.Ordinal)
                && (removed.Length > 0 || added.Length > 0) && i + 1 < segments.Count && segments[i + 1].Kind != DiffKind.Same;
            if (segment.Kind == DiffKind.Removed || isGap)
            {
                removed.Append(segment.Text);
            }

            if (segment.Kind == DiffKind.Added || isGap)
            {
                added.Append(segment.Text);
            }

            if (segment.Kind == DiffKind.Same && !isGap)
            {
                Flush(result, removed, added);
                result.Add(segment);
            }
        }

        Flush(result, removed, added);
        return result;
    }

    private static void Flush(List<DiffSegment> result, System.Text.StringBuilder removed, System.Text.StringBuilder added)
    {
        if (removed.Length > 0)
        {
            result.Add(new DiffSegment(DiffKind.Removed, removed.ToString()));
        }

        if (added.Length > 0)
        {
            result.Add(new DiffSegment(DiffKind.Added, added.ToString()));
        }

        removed.Clear();
        added.Clear();
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
