namespace RecruiterLiaison.WebTests.Support;

/// <summary>
/// Real ids by the kind of record, so a route or field that asks for a note gets some note's id
/// and the handler's ownership and state checks run, rather than its "no such id" branch.
/// </summary>
public sealed class IdPool(IReadOnlyList<(string Kind, IReadOnlyList<Guid> Ids)> byKind)
{
    public IReadOnlyList<Guid> All { get; } = byKind.SelectMany(k => k.Ids).Distinct().ToList();

    /// <summary>
    /// The kind a hint (a route segment, a parameter or a field name) names, in list order:
    /// "clientContactId" is a contact if "contact" comes before "client".
    /// </summary>
    public string? KindOf(string? hint) =>
        hint is { Length: > 0 } ? byKind.FirstOrDefault(k => k.Ids.Count > 0 && hint.Contains(k.Kind, StringComparison.OrdinalIgnoreCase)).Kind : null;

    /// <summary>The ids of the kind the hint names; any id when it names none.</summary>
    public IReadOnlyList<Guid> For(string? hint) =>
        KindOf(hint) is { } kind ? byKind.First(k => k.Kind == kind).Ids : All;
}
