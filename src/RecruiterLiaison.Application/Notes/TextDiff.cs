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
        return segments;
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
